package org.planex.ingest.ocr;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the pages of a file in parallel, one engine per thread: Tesseract is single-threaded per page once
 * {@code OMP_THREAD_LIMIT=1}, so the cores are used by reading several pages at once. Pages are decoded in
 * order on the calling thread while earlier ones are being read, and at most two per thread wait in memory.
 * One recognizer serves the whole process; its engines are made once per thread and kept.
 */
public final class PageRecognizer {

  private static final class Holder {
    private static final PageRecognizer SHARED = new PageRecognizer(loaded(), Integer.getInteger(
        "planex.ocr.threads", Runtime.getRuntime().availableProcessors()));

    private static TesseractLibrary loaded() {
      try {
        return TesseractLibrary.get();
      } catch (TesseractLibrary.Unavailable e) {
        throw new IllegalStateException(e); // shared() checked first
      }
    }
  }

  private final TesseractLibrary library;
  private final int threads;
  private final ExecutorService pool;
  private final ThreadLocal<OcrEngine> engines = new ThreadLocal<>();
  private final List<OcrEngine> all = Collections.synchronizedList(new ArrayList<>());

  private PageRecognizer(TesseractLibrary library, int threads) {
    this.library = library;
    this.threads = Math.max(1, threads);
    this.pool = Executors.newFixedThreadPool(this.threads, Thread.ofPlatform().daemon().name("ocr-", 1).factory());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      pool.shutdownNow();
      all.forEach(OcrEngine::close);
    }));
  }

  /** The recognizer of this process, after checking that Tesseract can be loaded. */
  public static PageRecognizer shared() throws TesseractLibrary.Unavailable {
    TesseractLibrary.get();
    return Holder.SHARED;
  }

  /** The engine and language pages are read with, e.g. {@code tesseract 5.3.0}. */
  public TesseractLibrary library() {
    return library;
  }

  /** Reads every page of {@code pages}, in page order. */
  public List<RecognizedPage> readAll(PageImages pages) throws IOException {
    List<RecognizedPage> out = new ArrayList<>();
    Deque<Future<RecognizedPage>> inFlight = new ArrayDeque<>();
    try {
      for (int i = 0; i < pages.count(); i++) {
        if (inFlight.size() >= 2 * threads) {
          out.add(await(inFlight.removeFirst()));
        }
        GreyImage image = pages.image(i);
        int number = pages.number(i);
        inFlight.addLast(pool.submit(() -> PageReading.read(engine(), number, image)));
      }
      while (!inFlight.isEmpty()) {
        out.add(await(inFlight.removeFirst()));
      }
      return out;
    } finally {
      inFlight.forEach(f -> f.cancel(false));
    }
  }

  private OcrEngine engine() {
    OcrEngine engine = engines.get();
    if (engine == null) {
      engine = new OcrEngine(library);
      engines.set(engine);
      all.add(engine);
    }
    return engine;
  }

  private static RecognizedPage await(Future<RecognizedPage> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading pages", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IOException(e.getCause().getMessage(), e.getCause());
    }
  }
}
