package org.planex.ingest.isolated;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestFailure;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.PlanJson;

/**
 * The child process of {@link IsolatedIngester}: reads requests on stdin, ingests each file with a
 * {@link LocalIngester} and answers on stdout. Anything a library prints goes to stderr, so stdout carries
 * only the protocol.
 *
 * <p>Arguments: {@code maxFileBytes maxChars}.
 */
public final class IngestWorker {

  private IngestWorker() {}

  public static void main(String[] args) throws IOException {
    PrintStream protocol = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
        StandardCharsets.UTF_8);
    System.setOut(System.err);
    IngestLimits limits = new IngestLimits(Long.parseLong(args[0]), Integer.parseInt(args[1]), Duration.ZERO, 0);
    LocalIngester ingester = new LocalIngester(limits);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank()) {
        continue;
      }
      WorkerProtocol.Request request = PlanJson.mapper().readValue(line, WorkerProtocol.Request.class);
      WorkerProtocol.Response response;
      try {
        response = WorkerProtocol.Response.success(request.id(), ingester.ingest(Path.of(request.path())));
      } catch (IngestException e) {
        response = WorkerProtocol.Response.failure(request.id(), e.failure().key(), e.getMessage(),
            e.causeClass());
      } catch (RuntimeException | StackOverflowError e) {
        response = WorkerProtocol.Response.failure(request.id(), IngestFailure.INTERNAL_ERROR.key(),
            "internal error: " + e, e.getClass().getName());
      }
      write(protocol, WorkerProtocol.PREFIX + PlanJson.writeCompact(response));
    }
  }

  private static void write(OutputStream out, String line) throws IOException {
    out.write(line.getBytes(StandardCharsets.UTF_8));
    out.write('\n');
    out.flush();
  }
}
