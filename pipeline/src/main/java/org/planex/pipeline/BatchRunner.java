package org.planex.pipeline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.planex.ingest.IngestException;
import org.planex.ingest.LocalIngester;
import org.planex.model.PlanDocument;
import org.planex.model.PlanJson;

/**
 * Runs a pipeline over many files in parallel: one JSON per document written atomically, one line per
 * failure in {@code errors.jsonl}, progress on stderr, and a summary. A failing file never stops the batch.
 */
public final class BatchRunner {

  /**
   * @param resume skip inputs whose output already exists for the same file content (sha256)
   */
  public record Options(Path outputDir, int threads, boolean resume) {}

  private final Pipeline pipeline;
  private final Options options;

  public BatchRunner(Pipeline pipeline, Options options) {
    this.pipeline = pipeline;
    this.options = options;
  }

  public BatchSummary run(InputCollector.Collected collected, Progress progress) throws InterruptedException {
    try {
      Files.createDirectories(options.outputDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the output folder " + options.outputDir(), e);
    }
    long started = System.nanoTime();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    AtomicLong pages = new AtomicLong();
    try (ErrorLog errors = new ErrorLog(options.outputDir().resolve("errors.jsonl"))) {
      ParallelInputs.run(collected.inputs(), options.threads(), progress, input -> {
        ParallelInputs.Outcome outcome = processOne(input, errors, pages);
        switch (outcome) {
          case OK -> ok.incrementAndGet();
          case SKIPPED -> skipped.incrementAndGet();
          case FAILED -> failed.incrementAndGet();
        }
        return outcome;
      });
    }
    progress.finish();
    double seconds = (System.nanoTime() - started) / 1e9;
    int inputs = collected.inputs().size();
    return new BatchSummary(inputs, ok.get(), failed.get(), skipped.get(), collected.hiddenSkipped(), pages.get(),
        seconds, seconds > 0 ? (ok.get() + failed.get()) / seconds : 0);
  }

  private ParallelInputs.Outcome processOne(BatchInput input, ErrorLog errors, AtomicLong pages) {
    Path output = options.outputDir().resolve(input.outputName());
    try {
      if (options.resume() && Files.isRegularFile(output) && Files.isRegularFile(input.path())
          && LocalIngester.sha256(input.path()).equals(storedSha256(output))) {
        return ParallelInputs.Outcome.SKIPPED;
      }
      PlanDocument document = pipeline.process(input.path());
      writeAtomically(output, PlanJson.write(document));
      if (document.source().pages() != null) {
        pages.addAndGet(document.source().pages());
      }
      return ParallelInputs.Outcome.OK;
    } catch (IngestException e) {
      errors.add(new ErrorLog.Entry(input.path().toString(), e.failure().key(), e.causeClass(), e.getMessage()));
    } catch (IOException | RuntimeException e) {
      errors.add(new ErrorLog.Entry(input.path().toString(), "internal-error", e.getClass().getName(),
          String.valueOf(e.getMessage()).replaceAll("\\s+", " ")));
    }
    return ParallelInputs.Outcome.FAILED;
  }

  /** The {@code source.sha256} of an earlier output, or {@code null} if it cannot be read. */
  static String storedSha256(Path output) {
    try (JsonParser parser = PlanJson.mapper().getFactory().createParser(output.toFile())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("source")) {
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("sha256")) {
              return parser.getValueAsString();
            }
            parser.skipChildren();
          }
          return null;
        }
        parser.skipChildren();
      }
      return null;
    } catch (IOException e) {
      return null; // a damaged output is simply redone
    }
  }

  static void writeAtomically(Path target, String content) throws IOException {
    Path temp = target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-"
        + Thread.currentThread().threadId());
    Files.writeString(temp, content, StandardCharsets.UTF_8);
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
