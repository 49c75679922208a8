package org.planex.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.planex.index.PlanSearcher;
import org.planex.model.PlanJson;

/**
 * {@code planex serve}: the JDK's HTTP server with the API under {@code /api/}, the OpenAPI description at
 * {@code /openapi.json} and the analysts' page at {@code /}. Only GET is served; a request line longer than
 * {@link #MAX_URI} characters or any request body is refused with 400 before it is read.
 */
public final class SearchServer implements AutoCloseable {

  static final int MAX_URI = 4_096;
  private static final String STATIC = "/org/planex/web/";
  private static final Map<String, String> PAGES = Map.of(
      "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/app.css", "app.css",
      "/openapi.json", "openapi.json");

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final ApiHandler api;

  public SearchServer(PlanSearcher searcher, String host, int port) throws IOException {
    this.api = new ApiHandler(searcher);
    server = HttpServer.create(new InetSocketAddress(host, port), 64);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
  }

  public void start() {
    server.start();
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      ApiHandler.Response response;
      try {
        response = route(exchange);
      } catch (BadRequest e) {
        response = error(e.status(), e.getMessage());
      } catch (RuntimeException e) {
        response = error(500, "internal error: " + e.getClass().getSimpleName());
      }
      send(exchange, response);
    }
  }

  private ApiHandler.Response route(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
      throw new BadRequest(405, "only GET is served");
    }
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (exchange.getRequestURI().toString().length() > MAX_URI
        || length != null && !length.strip().equals("0")
        || exchange.getRequestHeaders().containsKey("Transfer-Encoding")) {
      throw new BadRequest("request too large: at most " + MAX_URI + " characters of URL and no body");
    }
    String path = exchange.getRequestURI().getPath();
    if (path.startsWith("/api/")) {
      return api.answer(exchange);
    }
    String page = PAGES.get(path);
    if (page == null) {
      throw new BadRequest(404, "not found: " + path);
    }
    QueryParameters.parse(exchange.getRequestURI().getRawQuery(), java.util.Set.of("q", "id"));
    try (InputStream in = SearchServer.class.getResourceAsStream(STATIC + page)) {
      if (in == null) {
        throw new BadRequest(404, "not found: " + path);
      }
      return new ApiHandler.Response(200, contentType(page), in.readAllBytes(), null);
    }
  }

  private static String contentType(String page) {
    if (page.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (page.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    return page.endsWith(".css") ? "text/css; charset=utf-8" : "application/json; charset=utf-8";
  }

  private static ApiHandler.Response error(int status, String message) {
    return new ApiHandler.Response(status, "application/json; charset=utf-8",
        PlanJson.writeCompact(Map.of("error", message)).getBytes(StandardCharsets.UTF_8), null);
  }

  private static void send(HttpExchange exchange, ApiHandler.Response response) throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", response.contentType());
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:");
    if (response.fileName() != null) {
      headers.set("Content-Disposition", "attachment; filename=\"" + response.fileName() + "\"");
    }
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(response.status(), head ? -1 : response.body().length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
