package org.planex.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The loop every batch command shares: one task per input on a pool of threads, each input's outcome shown on
 * the progress line. A task reports a bad file as its outcome; only a bug (an exception the task let out) ends
 * the loop, after the other inputs are done.
 */
public final class ParallelInputs {

  /** What became of one input. */
  public enum Outcome { OK, SKIPPED, FAILED }

  /** The work of one input. */
  @FunctionalInterface
  public interface Task {
    Outcome run(BatchInput input) throws Exception;
  }

  private ParallelInputs() {}

  public static void run(List<BatchInput> inputs, int threads, Progress progress, Task task)
      throws InterruptedException {
    try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads))) {
      List<Future<?>> futures = new ArrayList<>();
      for (BatchInput input : inputs) {
        futures.add(pool.submit(() -> {
          switch (task.run(input)) {
            case OK -> progress.ok();
            case SKIPPED -> progress.skipped();
            case FAILED -> progress.failed();
          }
          return null;
        }));
      }
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("batch task failed: " + e.getCause(), e.getCause());
        }
      }
    }
  }
}
