package org.planex.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.index.CommuneTables;
import org.planex.index.InvalidQueryException;
import org.planex.index.ItemKind;
import org.planex.index.PlanSearcher;
import org.planex.index.SearchRequest;
import org.planex.index.SearchResults;
import org.planex.model.PlanJson;

/** The JSON API under {@code /api/}: search, facets, a document and its items, and the cross-commune tables. */
final class ApiHandler {

  private static final Set<String> FILTERS = Set.of("q", "cites", "body", "province", "unit", "kind", "from", "to");
  private static final Set<String> SEARCH = union(FILTERS, Set.of("items", "limit", "offset"));
  private static final Set<String> TABLE = union(FILTERS, Set.of("format"));
  private static final Pattern DOCUMENT = Pattern.compile("/api/documents/([0-9a-f]{16})(/items)?");

  private final PlanSearcher searcher;
  private final CommuneTables tables;

  ApiHandler(PlanSearcher searcher) {
    this.searcher = searcher;
    this.tables = new CommuneTables(searcher);
  }

  /** Answers one API request, or throws {@link BadRequest}. */
  Response answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String raw = exchange.getRequestURI().getRawQuery();
    try {
      switch (path) {
        case "/api/search" -> {
          QueryParameters p = QueryParameters.parse(raw, SEARCH);
          return Response.json(searcher.search(request(p, p.integer("limit", 10), p.integer("offset", 0))));
        }
        case "/api/facets" -> {
          SearchResults results = searcher.search(request(QueryParameters.parse(raw, FILTERS), 0, 0));
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("total", results.total());
          body.put("facets", results.facets());
          return Response.json(body);
        }
        case "/api/tables/citing", "/api/tables/quotas", "/api/tables/bodies" -> {
          QueryParameters p = QueryParameters.parse(raw, TABLE);
          SearchRequest request = request(p, 0, 0);
          CommuneTables.Table table = switch (path) {
            case "/api/tables/citing" -> tables.citing(request);
            case "/api/tables/quotas" -> tables.quotas(request);
            default -> tables.bodies(request);
          };
          String format = p.get("format");
          if (format == null || format.equals("json")) {
            return Response.json(table);
          }
          if (format.equals("csv")) {
            return Response.csv(CsvTable.write(table), path.substring(path.lastIndexOf('/') + 1) + ".csv");
          }
          throw new BadRequest("format must be json or csv, not '" + format + "'");
        }
        default -> {
          return document(path, raw);
        }
      }
    } catch (InvalidQueryException e) {
      throw new BadRequest(e.getMessage());
    }
  }

  private Response document(String path, String raw) throws IOException {
    Matcher m = DOCUMENT.matcher(path);
    if (!m.matches()) {
      throw new BadRequest(404, "no such endpoint: " + path + " (see /openapi.json)");
    }
    String id = m.group(1);
    if (m.group(2) == null) {
      QueryParameters.parse(raw, Set.of());
      return searcher.document(id).map(Response::json)
          .orElseThrow(() -> new BadRequest(404, "no plan with id " + id));
    }
    QueryParameters p = QueryParameters.parse(raw, Set.of("kind"));
    ItemKind kind = ItemKind.fromPlural(p.get("kind") == null ? "citations" : p.get("kind"));
    if (searcher.document(id).isEmpty()) {
      throw new BadRequest(404, "no plan with id " + id);
    }
    return Response.json(searcher.items(id, kind));
  }

  private static SearchRequest request(QueryParameters p, int limit, int offset) {
    String items = p.get("items");
    return new SearchRequest(p.get("q"), p.get("cites"), p.get("body"), p.get("province"), p.get("unit"),
        p.get("kind"), p.get("from"), p.get("to"), items == null ? null : ItemKind.fromPlural(items), limit, offset);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** A status, a content type and the bytes to send. */
  record Response(int status, String contentType, byte[] body, String fileName) {

    static Response json(Object value) {
      return new Response(200, "application/json; charset=utf-8",
          PlanJson.writeCompact(value).getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
    }

    static Response csv(String text, String fileName) {
      return new Response(200, "text/csv; charset=utf-8", text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          fileName);
    }
  }
}
