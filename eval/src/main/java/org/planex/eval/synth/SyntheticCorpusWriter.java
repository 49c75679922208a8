package org.planex.eval.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.planex.eval.gold.AnnotatedCorpus;

/**
 * Writes N synthetic plans as an annotated corpus, laid out like {@code corpus/}: {@code plans/<name>.<ext>}, and
 * {@code annotations/<name>.json} with, when the plan file's text is not its true text (another format, or
 * damage), {@code annotations/<name>.restored.txt}. The plans are made in parallel; each depends only on the seed,
 * its index and the options ({@link PlanGenerator}), so the output is byte-identical whatever the threads.
 */
public final class SyntheticCorpusWriter {

  /** What a run wrote, and how fast. */
  public record Report(int plans, long files, long bytes, double seconds) {

    public String describe() {
      return String.format(Locale.ROOT, "%,d plans with golds: %,d files, %.1f MB in %.2f s (%.0f plans/s, "
          + "%.0f files/s)", plans, files, bytes / 1e6, seconds, plans / seconds, files / seconds);
    }
  }

  private final PlanGenerator generator;

  public SyntheticCorpusWriter(PlanGenerator generator) {
    this.generator = generator;
  }

  public Report write(Path out, int count, int threads) throws IOException, InterruptedException {
    Path plans = Files.createDirectories(out.resolve("plans"));
    Path annotations = Files.createDirectories(out.resolve("annotations"));
    long start = System.nanoTime();
    AtomicLong bytes = new AtomicLong();
    AtomicLong files = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> work = new ArrayList<>();
      int chunk = 64;
      for (int from = 0; from < count; from += chunk) {
        int first = from;
        int last = Math.min(count, from + chunk);
        work.add(pool.submit(() -> {
          for (int i = first; i < last; i++) {
            writePlan(i, plans, annotations, files, bytes);
          }
          return null;
        }));
      }
      for (Future<?> done : work) {
        done.get();
      }
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case IOException io -> throw io;
        case RuntimeException unchecked -> throw unchecked;
        default -> throw new IOException("generating failed: " + e.getCause(), e.getCause());
      }
    } finally {
      pool.shutdownNow();
    }
    return new Report(count, files.get(), bytes.get(), (System.nanoTime() - start) / 1e9);
  }

  /** Writes plan {@code index}'s files, counting them. */
  private void writePlan(int index, Path plans, Path annotations, AtomicLong files, AtomicLong bytes)
      throws IOException {
    PlanGenerator.GeneratedPlan plan = generator.generate(index);
    Files.write(plans.resolve(plan.name() + "." + plan.format().extension()), plan.file());
    byte[] gold = AnnotatedCorpus.write(plan.gold()).getBytes(StandardCharsets.UTF_8);
    Files.write(annotations.resolve(plan.name() + ".json"), gold);
    long written = plan.file().length + gold.length;
    int count = 2;
    if (plan.restoredText() != null) {
      byte[] restored = plan.restoredText().getBytes(StandardCharsets.UTF_8);
      Files.write(annotations.resolve(plan.gold().restoredText()), restored);
      written += restored.length;
      count++;
    }
    files.addAndGet(count);
    bytes.addAndGet(written);
  }
}
