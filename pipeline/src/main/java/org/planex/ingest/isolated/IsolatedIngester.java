package org.planex.ingest.isolated;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestFailure;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.Ingester;
import org.planex.model.PlanDocument;
import org.planex.model.PlanJson;

/**
 * Ingests each file in a child JVM, the way Tika's ForkParser does: a parser that hangs is killed at the
 * time limit, one that exhausts its heap takes down only its own process, and either costs one file with a
 * clear error. Workers are reused across files and replaced when they die; the pool grows to as many workers
 * as threads call {@link #ingest} at once.
 */
public final class IsolatedIngester implements Ingester {

  private final IngestLimits limits;
  private final List<String> command;
  private final java.util.concurrent.atomic.AtomicBoolean firstWorker = new java.util.concurrent.atomic.AtomicBoolean(true);
  private final ConcurrentLinkedDeque<WorkerProcess> idle = new ConcurrentLinkedDeque<>();
  private final AtomicLong ids = new AtomicLong();

  public IsolatedIngester(IngestLimits limits) {
    this.limits = limits;
    this.command = workerCommand(limits);
  }

  @Override
  public PlanDocument ingest(Path file) throws IngestException {
    WorkerProcess worker = idle.pollFirst();
    try {
      if (worker == null || !worker.isAlive()) {
        worker = WorkerProcess.start(withClassArchive(command));
      }
      long id = ids.incrementAndGet();
      worker.send(PlanJson.writeCompact(new WorkerProtocol.Request(id, file.toAbsolutePath().toString())));
      WorkerProcess.Outcome outcome = worker.await(limits.timeout());
      return switch (outcome) {
        case WorkerProcess.Answered answered -> {
          idle.addFirst(worker);
          worker = null;
          yield read(answered.line(), file);
        }
        case WorkerProcess.TimedOut timedOut -> throw new IngestException(IngestFailure.TIMEOUT, String.format(
            "parsing took longer than %d s and was stopped (limit --timeout)", limits.timeout().toSeconds()));
        case WorkerProcess.Died died -> throw died(died);
      };
    } catch (IOException e) {
      throw new IngestException(IngestFailure.WORKER_CRASHED, "the parsing process failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestException(IngestFailure.INTERNAL_ERROR, "interrupted", e);
    } finally {
      if (worker != null) {
        worker.kill(); // timed out, died or broke the protocol: never reused
      }
    }
  }

  private IngestException died(WorkerProcess.Died died) {
    if (died.exitCode() == 3) {
      return new IngestException(IngestFailure.OUT_OF_MEMORY, String.format(
          "parsing ran out of memory (limit %d MB, --worker-memory) and was stopped", limits.workerHeapMb()));
    }
    String last = died.lastErrors().isEmpty() ? "" : ": " + died.lastErrors().getLast();
    return new IngestException(IngestFailure.WORKER_CRASHED,
        "the parsing process crashed (exit code " + died.exitCode() + ")" + last);
  }

  private static PlanDocument read(String line, Path file) throws IngestException, IOException {
    WorkerProtocol.Response response = PlanJson.mapper().readValue(line, WorkerProtocol.Response.class);
    if (!response.ok()) {
      throw new IngestException(IngestFailure.ofKey(response.error()), response.message(), response.exception());
    }
    PlanDocument document = response.document();
    return document.withSource(new org.planex.model.Source(file.toString(), document.source().sha256(),
        document.source().mediaType(), document.source().pages(), document.source().ocr(),
        document.source().bytes(), document.source().encoding()));
  }

  @Override
  public void close() {
    for (WorkerProcess worker; (worker = idle.pollFirst()) != null; ) {
      worker.stop();
    }
  }

  private List<String> withClassArchive(List<String> base) {
    List<String> archive = WorkerClassArchive.options(System.getProperty("java.class.path"),
        firstWorker.getAndSet(false));
    List<String> cmd = new ArrayList<>(base.subList(0, 1));
    cmd.addAll(archive);
    cmd.addAll(base.subList(1, base.size()));
    return cmd;
  }

  private static List<String> workerCommand(IngestLimits limits) {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.add("-Xmx" + limits.workerHeapMb() + "m");
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    cmd.add("-XX:+UseSerialGC");
    // C1 only: measured on 2 cores, workers reach speed sooner and a batch of 1,000–3,000 plans ends 15–30%
    // sooner than with C2 competing for the cores; pass -XX:TieredStopAtLevel=4 below to change it.
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-Djava.awt.headless=true");
    cmd.add("--enable-native-access=ALL-UNNAMED");
    // Extra options for tuning and diagnosis, e.g. -Dplanex.worker.jvmOptions="-XX:TieredStopAtLevel=1".
    String extra = System.getProperty("planex.worker.jvmOptions", "").strip();
    if (!extra.isEmpty()) {
      cmd.addAll(List.of(extra.split("\\s+")));
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(IngestWorker.class.getName());
    cmd.add(Long.toString(limits.maxFileBytes()));
    cmd.add(Integer.toString(limits.maxChars()));
    return cmd;
  }
}
