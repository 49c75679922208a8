package org.planex.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planex.model.Body;
import org.planex.model.Citation;
import org.planex.model.PlanDocument;
import org.planex.model.Quota;
import org.planex.text.AccentFolding;

/** Searches over the whole processed corpus, each answer checked against counts made from the documents. */
class CorpusSearchTest {

  private static List<PlanDocument> documents;
  private static PlanSearcher searcher;

  @BeforeAll
  static void index() throws Exception {
    CorpusIndex corpus = CorpusIndex.get();
    documents = corpus.documents();
    searcher = PlanSearcher.open(corpus.folder());
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  @Test
  void aDocumentNumberFindsEveryPlanCitingItAndNoOtherWhateverItsSpacing() throws Exception {
    Set<String> citing = paths(d -> d.citations().stream().anyMatch(c -> "76/NQ-CP".equals(c.number())));
    assertTrue(citing.size() > 10, "the corpus cites 76/NQ-CP often: " + citing.size());
    for (String typed : List.of("76/NQ-CP", "76 / NQ-CP", "76/nq-cp", "76/NQCP", "Nghị quyết 76/NQ-CP")) {
      assertEquals(citing, resultPaths(request(typed)), typed);
    }
    SearchRequest byId = new SearchRequest("", "76-nq-cp@2021", null, null, null, null, null, null, null, 1000, 0);
    assertEquals(citing, resultPaths(byId));
  }

  @Test
  void accentlessWordsFindEveryPlanAndThoseWithAllOfThemRankFirst() throws Exception {
    SearchResults results = searcher.search(request("tuyen truyen cai cach"));
    assertEquals(documents.size(), results.total());
    assertEquals(paths(d -> true), resultPaths(request("tuyen truyen cai cach")));
    String top = folded(byPath().get(results.results().get(0).plan().path()).text());
    for (String word : List.of("tuyen truyen", "cai cach")) {
      assertTrue(top.contains(word), word);
    }
    assertFalse(results.results().get(0).snippets().get(0).highlights().isEmpty());
  }

  @Test
  void aPhraseMatchesOnlyPlansWithTheWordsInThatOrder() throws Exception {
    Set<String> expected = paths(d -> words(d.text()).contains(" cai cach hanh chinh "));
    Set<String> found = resultPaths(request("\"cai cach hanh chinh\""));
    assertEquals(expected, found);
    assertTrue(found.size() < documents.size(), "some plans are about other things");
    // Most plans but not all: facets are counted from the plans left out (PlanFacetOrdinals), still exact.
    assertTrue(found.size() > documents.size() / 2);
    SearchResults results = searcher.search(request("\"cai cach hanh chinh\""));
    List<PlanDocument> matched = documents.stream().filter(d -> expected.contains(d.source().path())).toList();
    checkFacet(results, matched, "province", d -> set(d.metadata().province()));
    checkFacet(results, matched, "cites", d -> d.citations().stream().map(Citation::id).collect(Collectors.toSet()));
    checkFacet(results, matched, "body", d -> d.bodies().stream().map(Body::name).collect(Collectors.toSet()));
  }

  @Test
  void everyFacetCountEqualsACountOfTheDocuments() throws Exception {
    SearchResults all = searcher.search(request(""));
    assertEquals(documents.size(), all.total());
    checkFacet(all, "province", d -> set(d.metadata().province()));
    checkFacet(all, "unit", d -> set(PlanBlock.unitName(d.metadata().unit())));
    checkFacet(all, "kind", d -> set(d.metadata().kind()));
    checkFacet(all, "year", d -> {
      String date = d.metadata().date() != null ? d.metadata().date() : d.metadata().partialDate();
      return set(date == null ? null : date.substring(0, 4));
    });
    checkFacet(all, "cites", d -> d.citations().stream().map(Citation::id).collect(Collectors.toSet()));
    checkFacet(all, "body", d -> d.bodies().stream().map(Body::name).collect(Collectors.toSet()));
    checkFacet(all, "channel", d -> d.quotas().stream().map(Quota::channel).filter(c -> c != null)
        .collect(Collectors.toSet()));
  }

  @Test
  void filtersNarrowThePlansAndTheirFacets() throws Exception {
    SearchRequest ninhBinh = new SearchRequest("", null, null, "ninh binh", null, null, null, null, null, 1000, 0);
    Set<String> expected = paths(d -> "Ninh Bình".equals(d.metadata().province()));
    assertFalse(expected.isEmpty());
    SearchResults results = searcher.search(ninhBinh);
    assertEquals(expected, paths(results));
    assertEquals(List.of(new FacetCount("Ninh Bình", expected.size())), results.facets().get("province"));

    SearchRequest august = new SearchRequest("", null, null, null, null, null, "2025-08", "2025-08", null, 1000, 0);
    assertEquals(paths(d -> d.metadata().date() != null && d.metadata().date().startsWith("2025-08")
        || "2025-08".equals(d.metadata().partialDate())), resultPaths(august));

    String phrase = "phong van hoa xa hoi";
    SearchRequest body = new SearchRequest("", null, "Phòng Văn hóa - Xã hội", null, null, null, null, null, null,
        1000, 0);
    assertEquals(paths(d -> d.bodies().stream().anyMatch(b -> words(b.name()).contains(" " + phrase + " "))),
        resultPaths(body));
  }

  @Test
  void itemsAreSearchedOnTheirOwnAndKeepTheirPlan() throws Exception {
    SearchRequest citations = request("76/NQ-CP").withItems(ItemKind.CITATION);
    long expected = documents.stream().flatMap(d -> d.citations().stream())
        .filter(c -> "76/NQ-CP".equals(c.number())).count();
    SearchResults results = searcher.search(citations);
    assertEquals(expected, results.total());
    for (SearchHit hit : results.results()) {
      assertEquals("citation", hit.type());
      assertEquals("76/NQ-CP", hit.item().get("number").asText());
      assertTrue(byPath().get(hit.plan().path()).citations().stream().anyMatch(c -> "76/NQ-CP".equals(c.number())));
    }
    SearchRequest quotas = new SearchRequest("", null, null, null, null, null, null, null, ItemKind.QUOTA, 1000, 0);
    assertEquals(documents.stream().mapToLong(d -> d.quotas().size()).sum(), searcher.search(quotas).total());
    PlanDocument plan = byPath().get(results.results().get(0).plan().path());
    assertEquals(plan.quotas().size(), searcher.items(results.results().get(0).plan().id(), ItemKind.QUOTA).size());
    assertEquals(plan.text(), searcher.document(results.results().get(0).plan().id()).orElseThrow().document().text());
  }

  @Test
  void planFiltersReachTheItemsOfThePlansTheySelectInTheirPlansOrder() throws Exception {
    java.util.function.Predicate<PlanDocument> citing =
        d -> d.citations().stream().anyMatch(c -> "76/NQ-CP".equals(c.number()));
    SearchRequest sections = new SearchRequest("", "76/NQ-CP", null, null, null, null, null, null,
        ItemKind.SECTION, 10, 0);
    assertEquals(documents.stream().filter(citing).mapToLong(d -> flatten(d.sections()).size()).sum(),
        searcher.search(sections).total());

    String phrase = " phong van hoa xa hoi ";
    java.util.function.Predicate<PlanDocument> withBody =
        d -> d.bodies().stream().anyMatch(b -> words(b.name()).contains(phrase));
    SearchRequest citations = new SearchRequest("", null, "Phòng Văn hóa - Xã hội", null, null, null, null, null,
        ItemKind.CITATION, 10, 0);
    long expected = documents.stream().filter(withBody).mapToLong(d -> d.citations().size()).sum();
    assertTrue(expected > 0);
    assertEquals(expected, searcher.search(citations).total());

    PlanDocument plan = documents.stream().filter(citing).findFirst().orElseThrow();
    String id = searcher.search(request("").withLimit(1000)).results().stream()
        .filter(h -> h.plan().path().equals(plan.source().path())).findFirst().orElseThrow().plan().id();
    assertEquals(flatten(plan.sections()).stream().map(org.planex.model.Section::heading).toList(),
        searcher.items(id, ItemKind.SECTION).stream().map(item -> item.get("heading").asText(null)).toList());
  }

  private static List<org.planex.model.Section> flatten(List<org.planex.model.Section> sections) {
    List<org.planex.model.Section> all = new java.util.ArrayList<>();
    for (org.planex.model.Section section : sections) {
      all.add(section);
      all.addAll(flatten(section.children()));
    }
    return all;
  }

  @Test
  void malformedQueriesGetAClearErrorOrALiteralSearch() throws Exception {
    InvalidQueryException tooLong =
        assertThrows(InvalidQueryException.class, () -> searcher.search(request("cải cách ".repeat(1_112))));
    assertTrue(tooLong.getMessage().contains("at most 1,000"), tooLong.getMessage());
    assertThrows(InvalidQueryException.class, () -> searcher.search(request("x ".repeat(100))));
    assertEquals(documents.size(), searcher.search(request("*")).total());
    for (String literal : List.of("\"cải cách", "cai cach\"", "+(cải: cách)^2 ~ [a TO z] && || ! \\ /", "???")) {
      searcher.search(request(literal)); // no exception: the characters are just characters
    }
    assertEquals(searcher.search(request("\"cai cach hanh chinh\"")).total(),
        searcher.search(request("\"cai cach hanh chinh")).total(), "an open quote runs to the end");
    assertThrows(InvalidQueryException.class, () -> searcher.search(
        new SearchRequest("", null, null, null, null, null, "August", null, null, 10, 0)));
    assertThrows(InvalidQueryException.class, () -> ItemKind.fromPlural("people"));
  }

  private static void checkFacet(SearchResults results, String dimension,
      Function<PlanDocument, Set<String>> values) {
    checkFacet(results, documents, dimension, values);
  }

  private static void checkFacet(SearchResults results, List<PlanDocument> matched, String dimension,
      Function<PlanDocument, Set<String>> values) {
    Map<String, Long> counts = new HashMap<>();
    for (PlanDocument d : matched) {
      for (String value : values.apply(d)) {
        counts.merge(value, 1L, Long::sum);
      }
    }
    List<FacetCount> facet = results.facets().get(dimension);
    assertEquals(Math.min(10, counts.size()), facet.size(), dimension);
    long smallestShown = Long.MAX_VALUE;
    Set<String> shown = new HashSet<>();
    for (FacetCount count : facet) {
      assertEquals(counts.get(count.value()), count.count(), dimension + " " + count.value());
      smallestShown = Math.min(smallestShown, count.count());
      shown.add(count.value());
    }
    for (Map.Entry<String, Long> other : counts.entrySet()) {
      if (!shown.contains(other.getKey())) {
        assertTrue(other.getValue() <= smallestShown, dimension + " leaves out " + other);
      }
    }
  }

  private static Set<String> set(String value) {
    return value == null ? Set.of() : Set.of(value);
  }

  private static SearchRequest request(String query) {
    return SearchRequest.of(query).withLimit(1000);
  }

  private static Set<String> resultPaths(SearchRequest request) throws Exception {
    return paths(searcher.search(request));
  }

  private static Set<String> paths(SearchResults results) {
    assertEquals(results.total(), results.results().size(), "every result fits in one page");
    return results.results().stream().map(h -> h.plan().path()).collect(Collectors.toSet());
  }

  private static Set<String> paths(java.util.function.Predicate<PlanDocument> which) {
    return documents.stream().filter(which).map(d -> d.source().path()).collect(Collectors.toSet());
  }

  private static Map<String, PlanDocument> byPath() {
    return documents.stream().collect(Collectors.toMap(d -> d.source().path(), d -> d));
  }

  private static String folded(String text) {
    return AccentFolding.fold(text).toLowerCase(Locale.ROOT);
  }

  /** Lower-case folded words separated by single spaces, with a space at each end. */
  private static String words(String text) {
    return " " + folded(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
  }
}
