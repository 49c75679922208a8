package org.planex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.Corpus;
import org.planex.index.CorpusIndex;
import org.planex.index.PlanIndexWriter;
import org.planex.index.PlanSearcher;
import org.planex.index.SearchRequest;
import org.planex.index.SearchResults;
import org.planex.model.Metadata;
import org.planex.model.PlanDocument;

/**
 * The analysts' page in a real browser: headless Chromium (Debian's {@code chromium}, which {@code ./planex test}
 * installs) loads it from the server, runs its script against the API, and the rendered DOM is checked against
 * the index; screenshots stay in {@code pipeline/target/browser/}.
 */
class BrowserPageTest {

  private static final Path SHOTS = Corpus.root().resolve("pipeline/target/browser");

  @TempDir
  Path dir;

  @Test
  void theSearchPageShowsRankedPlansSnippetsFacetsChartAndADocument() throws Exception {
    CorpusIndex corpus = CorpusIndex.get();
    try (PlanSearcher searcher = PlanSearcher.open(corpus.folder());
        SearchServer server = new SearchServer(searcher, "127.0.0.1", 0)) {
      server.start();
      SearchResults expected = searcher.search(SearchRequest.of("tuyên truyền cải cách").withLimit(20));
      String page = "http://127.0.0.1:" + server.port() + "/?q=" + encode("tuyên truyền cải cách");
      String dom = chromium("--dump-dom", page);
      assertTrue(dom.contains(expected.total() + " plans match"), "status line");
      assertEquals(expected.results().size(), count(dom, "<li class=\"hit\">"));
      assertTrue(count(dom, "<mark>") >= expected.results().size(), "highlighted snippets");
      assertTrue(dom.contains("<h3>province</h3>") && dom.contains("<h3>cites</h3>"), "facet lists");
      String topCited = expected.facets().get("cites").get(0).value();
      assertTrue(dom.contains(topCited + " (" + expected.facets().get("cites").get(0).count() + ")"), "facet count");
      assertTrue(dom.contains("<svg") && dom.contains("class=\"bar\""), "chart");

      String id = expected.results().get(0).plan().id();
      PlanDocument plan = searcher.document(id).orElseThrow().document();
      String withDocument = chromium("--dump-dom", page + "&id=" + id);
      assertTrue(withDocument.contains("Citations (" + plan.citations().size() + ")"));
      assertTrue(withDocument.contains("Bodies (" + plan.bodies().size() + ")"));
      assertTrue(withDocument.contains("Quotas (" + plan.quotas().size() + ")"));
      Files.createDirectories(SHOTS);
      Path shot = SHOTS.resolve("search-page.png");
      Files.deleteIfExists(shot);
      chromium("--screenshot=" + shot, "--window-size=1400,1800", page + "&id=" + id);
      assertTrue(Files.size(shot) > 20_000, "a screenshot with something on it: " + Files.size(shot) + " bytes");
    }
  }

  @Test
  void markupInAPlanIsShownAsTextNeverRun() throws Exception {
    PlanDocument real = CorpusIndex.get().documents().get(0);
    String hostile = "<img src=x onerror=document.title='pwned'><script>document.title='pwned'</script>";
    Metadata m = real.metadata();
    PlanDocument plan = real.withMetadata(new Metadata(m.kind(), m.number(), m.symbol(), m.date(), m.partialDate(),
        m.place(), m.issuer(), m.unit(), m.province(), hostile, m.period(), m.signer(), m.recipients()))
        .withText(hostile + "\n" + real.text());
    Path index = dir.resolve("index");
    try (PlanIndexWriter writer = new PlanIndexWriter(index)) {
      writer.put("/hostile.txt", "0", plan);
    }
    try (PlanSearcher searcher = PlanSearcher.open(index);
        SearchServer server = new SearchServer(searcher, "127.0.0.1", 0)) {
      server.start();
      String id = searcher.search(SearchRequest.of("")).results().get(0).plan().id();
      String dom = chromium("--dump-dom", "http://127.0.0.1:" + server.port() + "/?q=onerror&id=" + id);
      assertTrue(dom.contains("&lt;img src=x onerror"), "the markup is there, as text");
      assertFalse(dom.contains("<img"), "and never an element");
      assertFalse(dom.contains("<title>pwned"), "nor run");
    }
  }

  /** Runs headless Chromium on a page and returns what it printed. */
  private String chromium(String... arguments) throws IOException, InterruptedException {
    Path browser = Path.of("/usr/bin/chromium");
    assertTrue(Files.isExecutable(browser), "Debian's chromium is needed (./planex test installs it)");
    List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
        "--virtual-time-budget=15000"));
    command.addAll(List.of(arguments));
    Path out = Files.createTempFile(dir, "chromium", ".out");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish within 90 s");
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
