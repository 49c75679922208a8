package org.planex.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.planex.index.PlanIndexWriter;
import org.planex.index.PlanSearcher;
import org.planex.web.SearchServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code planex serve}: the search page and JSON API over an index, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the analysts' search page and the JSON API (described at /openapi.json) over an index.",
        "Binds to localhost unless told otherwise; stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: ./planex-data/index).")
  Path index = PlanIndexWriter.DEFAULT_FOLDER;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Override
  public Integer call() throws Exception {
    try (PlanSearcher searcher = PlanSearcher.open(index);
        SearchServer server = new SearchServer(searcher, host, port)) {
      server.start();
      System.err.printf("planex: serving %,d plans from %s at http://%s:%d/ (Ctrl-C stops)%n", searcher.plans(),
          index, host, server.port());
      new CountDownLatch(1).await();
    } catch (IllegalStateException e) {
      System.err.println("planex serve: " + e.getMessage());
      return 1;
    }
    return 0;
  }
}
