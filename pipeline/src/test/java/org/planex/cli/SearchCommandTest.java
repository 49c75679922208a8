package org.planex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.index.CorpusIndex;
import org.planex.model.PlanJson;

/** {@code planex search --json} on the indexed corpus: the documented shape, and the exit statuses. */
class SearchCommandTest {

  @TempDir
  Path dir;

  @Test
  void jsonOutputHasTheDocumentedShapeAndEveryPlanCitingTheNumber() throws Exception {
    CorpusIndex corpus = CorpusIndex.get();
    Output run = search("76/NQ-CP", "--index", corpus.folder().toString(), "--json", "--limit", "100");
    assertEquals(0, run.status(), run.err());
    JsonNode results = PlanJson.mapper().readTree(run.out());
    List<String> citing = corpus.documents().stream()
        .filter(d -> d.citations().stream().anyMatch(c -> "76/NQ-CP".equals(c.number())))
        .map(d -> d.source().path()).sorted().toList();
    assertEquals("76/NQ-CP", results.get("query").asText());
    assertEquals(citing.size(), results.get("total").asInt());
    assertEquals(0, results.get("offset").asInt());
    assertTrue(results.get("items").isNull());
    List<String> paths = new java.util.ArrayList<>();
    for (JsonNode hit : results.get("results")) {
      assertEquals("plan", hit.get("type").asText());
      assertTrue(hit.get("score").isNumber());
      JsonNode plan = hit.get("plan");
      assertTrue(plan.get("id").asText().matches("[0-9a-f]{16}"), plan.toString());
      paths.add(plan.get("path").asText());
      JsonNode snippet = hit.get("snippets").get(0);
      String text = snippet.get("text").asText();
      JsonNode mark = snippet.get("highlights").get(0);
      String marked = text.substring(mark.get("start").asInt(), mark.get("end").asInt());
      assertTrue(marked.replaceAll("[^0-9A-Za-z]", "").toUpperCase().contains("76"), marked);
    }
    assertEquals(citing, paths.stream().sorted().toList());
    for (String facet : List.of("province", "unit", "kind", "year", "cites", "body", "channel")) {
      assertTrue(results.get("facets").get(facet).isArray(), facet);
    }
    JsonNode top = results.get("facets").get("cites").get(0);
    assertEquals("76-nq-cp@2021", top.get("value").asText());
    assertEquals(citing.size(), top.get("count").asInt());
  }

  @Test
  void aQueryThatCannotBeSearchedExitsWithTwoAndAMissingIndexWithOne() throws Exception {
    CorpusIndex corpus = CorpusIndex.get();
    Output badDate = search("", "--index", corpus.folder().toString(), "--from", "August");
    assertEquals(2, badDate.status());
    assertTrue(badDate.err().contains("not a date"), badDate.err());
    assertEquals("", badDate.out());
    Output noIndex = search("x", "--index", dir.resolve("none").toString());
    assertEquals(1, noIndex.status());
    assertTrue(noIndex.err().contains("no index at"), noIndex.err());
  }

  private record Output(int status, String out, String err) {}

  private static synchronized Output search(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      String[] all = new String[args.length + 1];
      all[0] = "search";
      System.arraycopy(args, 0, all, 1, args.length);
      int status = Main.commandLine().execute(all);
      return new Output(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
