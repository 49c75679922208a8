package org.planex.pipeline;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Shows a batch's progress on stderr: a bar redrawn in place on a terminal, or a plain line every few
 * seconds when the output goes to a file or a CI log.
 */
public final class Progress {

  private static final long TERMINAL_EVERY_NANOS = Duration.ofMillis(200).toNanos();
  private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

  private final PrintStream out;
  private final boolean terminal;
  private final boolean quiet;
  private final int total;
  private final long started = System.nanoTime();
  private long lastShown;
  private int done;
  private int failed;
  private int skipped;

  public Progress(PrintStream out, boolean terminal, boolean quiet, int total) {
    this.out = out;
    this.terminal = terminal;
    this.quiet = quiet;
    this.total = total;
  }

  /** Whether stderr is a terminal: the launcher says so, else the console does (JDK 22+). */
  public static boolean stderrIsTerminal() {
    String told = System.getProperty("planex.tty");
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // before JDK 22 a console exists only on a terminal
    }
  }

  public synchronized void ok() {
    done++;
    show(false);
  }

  public synchronized void failed() {
    done++;
    failed++;
    show(false);
  }

  public synchronized void skipped() {
    done++;
    skipped++;
    show(false);
  }

  public synchronized void finish() {
    show(true);
    if (terminal && !quiet) {
      out.println();
    }
  }

  private void show(boolean force) {
    if (quiet) {
      return;
    }
    long now = System.nanoTime();
    long every = terminal ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS;
    if (!force && now - lastShown < every && done != total) {
      return;
    }
    lastShown = now;
    double seconds = (now - started) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    String counts = String.format("%,d/%,d files, %,d failed, %,d skipped, %.1f files/s", done, total, failed,
        skipped, rate);
    if (terminal) {
      int width = 30;
      int filled = total == 0 ? width : (int) ((long) width * done / total);
      String eta = rate > 0 && done < total ? String.format(" ETA %s", clock((total - done) / rate)) : "";
      out.print("\r[" + "=".repeat(filled) + " ".repeat(width - filled) + "] " + counts + eta + "   ");
      out.flush();
    } else if (!force) {
      out.println("planex: " + counts);
    }
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }
}
