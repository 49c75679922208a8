package org.planex.ingest.isolated;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** One child JVM running {@link IngestWorker}, with its stdout read by a thread so waits can time out. */
final class WorkerProcess {

  /** What a wait for a response ended with. */
  sealed interface Outcome permits Answered, TimedOut, Died {}

  record Answered(String line) implements Outcome {}

  record TimedOut() implements Outcome {}

  /** The process ended; {@code exitCode} 3 is the JVM's exit on OutOfMemoryError. */
  record Died(int exitCode, List<String> lastErrors) implements Outcome {}

  private static final String EOF = "\u0000eof";
  private static final int KEPT_ERROR_LINES = 20;

  private final Process process;
  private final OutputStream stdin;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Deque<String> lastErrors = new ArrayDeque<>();

  private WorkerProcess(Process process) {
    this.process = process;
    this.stdin = process.getOutputStream();
    Thread.ofPlatform().daemon().name("ingest-worker-out-" + process.pid()).start(this::pumpStdout);
    Thread.ofPlatform().daemon().name("ingest-worker-err-" + process.pid()).start(this::pumpStderr);
  }

  static WorkerProcess start(List<String> command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    return new WorkerProcess(builder.start());
  }

  void send(String line) throws IOException {
    stdin.write(line.getBytes(StandardCharsets.UTF_8));
    stdin.write('\n');
    stdin.flush();
  }

  Outcome await(Duration timeout) throws InterruptedException {
    String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (line == null) {
      return new TimedOut();
    }
    if (line.equals(EOF)) {
      process.waitFor(5, TimeUnit.SECONDS);
      int code = process.isAlive() ? -1 : process.exitValue();
      synchronized (lastErrors) {
        return new Died(code, new ArrayList<>(lastErrors));
      }
    }
    return new Answered(line);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks the worker to finish (end of input) and waits briefly before forcing it. */
  void stop() {
    try {
      stdin.close();
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (IOException e) {
      kill();
    } catch (InterruptedException e) {
      kill();
      Thread.currentThread().interrupt();
    }
  }

  private void pumpStdout() {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.startsWith(WorkerProtocol.PREFIX)) {
          lines.add(line.substring(WorkerProtocol.PREFIX.length()));
        } else {
          keepError(line);
        }
      }
    } catch (IOException e) {
      // The process went away; EOF below tells the waiting side.
    }
    lines.add(EOF);
  }

  private void keepError(String line) {
    synchronized (lastErrors) {
      if (lastErrors.size() == KEPT_ERROR_LINES) {
        lastErrors.removeFirst();
      }
      lastErrors.addLast(line.length() > 300 ? line.substring(0, 300) : line);
    }
  }

  private void pumpStderr() {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        keepError(line);
      }
    } catch (IOException e) {
      // Nothing more to keep.
    }
  }
}
