package org.planex.eval.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** How the benchmarks time things: the median rate over timed rounds after a warm-up, files spread over threads. */
final class TimedRounds {

  /** One round of work. */
  interface Round {
    void run() throws Exception;
  }

  /** The work on one file. */
  interface PerFile {
    void accept(Path file) throws Exception;
  }

  private TimedRounds() {}

  /** {@code units} per second: the median over {@code rounds} timed rounds, after one untimed warm-up round. */
  static double medianRate(int rounds, double units, Round round) throws Exception {
    round.run();
    double[] rates = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      round.run();
      rates[i] = units / ((System.nanoTime() - start) / 1e9);
    }
    Arrays.sort(rates);
    return rates[rounds / 2];
  }

  /** Runs {@code work} on every file, {@code threads} at a time, and waits for all. */
  static void parallel(int threads, List<Path> files, PerFile work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(pool.submit(() -> {
          work.accept(file);
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
