package org.planex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planex.index.CorpusIndex;
import org.planex.index.PlanSearcher;
import org.planex.model.PlanDocument;
import org.planex.model.PlanJson;

/** The JSON API over the corpus index, and its refusals. */
class SearchServerTest {

  private static CorpusIndex corpus;
  private static PlanSearcher searcher;
  private static SearchServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    corpus = CorpusIndex.get();
    searcher = PlanSearcher.open(corpus.folder());
    server = new SearchServer(searcher, "127.0.0.1", 0);
    server.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    searcher.close();
  }

  @Test
  void searchFacetsDocumentsAndTablesAnswerWithTheCorpusCounts() throws Exception {
    JsonNode search = json("/api/search?q=" + encode("76/NQ-CP") + "&limit=100", 200);
    long citing = corpus.documents().stream()
        .filter(d -> d.citations().stream().anyMatch(c -> "76/NQ-CP".equals(c.number()))).count();
    assertEquals(citing, search.get("total").asLong());
    assertEquals(citing, search.get("results").size());

    JsonNode facets = json("/api/facets?province=" + encode("Hải Phòng"), 200);
    long haiPhong = corpus.documents().stream().filter(d -> "Hải Phòng".equals(d.metadata().province())).count();
    assertEquals(haiPhong, facets.get("total").asLong());

    String id = search.get("results").get(0).get("plan").get("id").asText();
    JsonNode document = json("/api/documents/" + id, 200);
    PlanDocument plan = PlanJson.mapper().treeToValue(document.get("document"), PlanDocument.class);
    PlanDocument original = corpus.documents().stream()
        .filter(d -> d.source().path().equals(plan.source().path())).findFirst().orElseThrow();
    assertEquals(original.text(), plan.text());
    assertEquals(original.citations(), plan.citations());
    assertEquals(original.bodies().size(), plan.bodies().size());
    assertEquals(original.citations().size(), json("/api/documents/" + id + "/items?kind=citations", 200).size());

    JsonNode table = json("/api/tables/citing?cites=" + encode("76/NQ-CP"), 200);
    assertEquals(citing, table.get("rows").size());
    HttpResponse<String> csv = get("/api/tables/quotas?format=csv");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    long quotaLines = csv.body().lines().count() - 1;
    Set<String> communesWithQuotas = corpus.documents().stream().filter(d -> !d.quotas().isEmpty())
        .map(d -> d.metadata().unit().name()).collect(Collectors.toSet());
    assertTrue(quotaLines >= communesWithQuotas.size(), "a row per commune and channel at least");
  }

  @Test
  void unknownParametersOversizedAndMalformedRequestsGet400NeverA500() throws Exception {
    for (String path : List.of("/api/search?qq=x", "/api/search?q=a&q=b", "/api/search?limit=ten",
        "/api/search?limit=100000", "/api/search?from=yesterday", "/api/search?items=people",
        "/api/search?q=" + "x".repeat(5_000), "/api/search?q=" + encode("x ".repeat(600)),
        "/api/tables/citing", "/api/tables/bodies?format=xml", "/api/documents/0123456789abcdef?x=1",
        "/?evil=1")) {
      HttpResponse<String> response = get(path);
      assertEquals(400, response.statusCode(), path + " → " + response.body());
      assertTrue(PlanJson.mapper().readTree(response.body()).get("error").asText().length() > 10, path);
    }
    for (String query : List.of("\"", "*", "+(:)^~[]{}\\", "\"cải cách", "a AND (b OR")) {
      assertEquals(200, get("/api/search?q=" + encode(query)).statusCode(), query);
    }
    assertEquals(404, get("/api/documents/0123456789abcdef").statusCode());
    assertEquals(404, get("/etc/passwd").statusCode());
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(uri("/api/search"))
        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000))).build(), HttpResponse.BodyHandlers.ofString());
    assertFalse(post.statusCode() == 200 || post.statusCode() >= 500, "POST → " + post.statusCode());
  }

  private static JsonNode json(String path, int status) throws Exception {
    HttpResponse<String> response = get(path);
    assertEquals(status, response.statusCode(), path + " → " + response.body());
    return PlanJson.mapper().readTree(response.body());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
