package org.planex.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.planex.model.PlanDocument;
import org.planex.model.PlanJson;
import org.planex.text.AccentFolding;

/**
 * Answers searches over an index folder: ranked plans or items with highlighted snippets and facet counts,
 * a plan by id, a plan's items. Thread-safe; it sees what the index last committed, re-checked on every call.
 */
public final class PlanSearcher implements AutoCloseable {

  private static final int FACET_VALUES = 10;
  private static final int SNIPPETS = 2;
  /** Characters of a text the highlighter looks into for passages. */
  private static final int HIGHLIGHT_CHARS = 100_000;

  private final FSDirectory directory;
  private final SearcherManager searchers;
  /** Searches one query's segments on all cores: a query over many plans waits less. */
  private final java.util.concurrent.ExecutorService slices = java.util.concurrent.Executors.newFixedThreadPool(
      Runtime.getRuntime().availableProcessors(), runnable -> {
        Thread thread = new Thread(runnable, "planex-search");
        thread.setDaemon(true);
        return thread;
      });
  private final QueryBuilder queries = new QueryBuilder();
  private final FacetsConfig config = IndexFields.facetsConfig();
  private volatile ReaderState readerState;

  /**
   * What is read once per index reader: its facet ordinals, every plan's in heap arrays (null without any facet),
   * each filterable dimension's values, and the plans' summaries.
   */
  private record ReaderState(IndexReader reader, SortedSetDocValuesReaderState state, PlanFacetOrdinals plans,
      Map<String, List<String>> values, PlanSummaries summaries) {}

  /** A plan as indexed, with its id. */
  public record IndexedPlan(String id, PlanDocument document) {}

  private PlanSearcher(FSDirectory directory) throws IOException {
    this.directory = directory;
    this.searchers = new SearcherManager(directory, new org.apache.lucene.search.SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return new IndexSearcher(reader, slices);
      }
    });
  }

  /** Opens the index in {@code folder}; a clear error when there is none. */
  public static PlanSearcher open(Path folder) throws IOException {
    LuceneLogging.quiet();
    FSDirectory directory = FSDirectory.open(folder);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IllegalStateException("no index at " + folder + " (build one with: planex index PATH... --index "
          + folder + ")");
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        if (!IndexFields.indexSort().equals(leaf.reader().getMetaData().sort())) {
          directory.close();
          throw new IllegalStateException(outdated(folder));
        }
      }
    }
    return new PlanSearcher(directory);
  }

  /** What to do about an index an earlier planex laid out otherwise. */
  static String outdated(Path folder) {
    return "the index at " + folder + " was built by an earlier version of planex: delete the folder and index "
        + "again (planex index PATH... --index " + folder + ")";
  }

  public SearchResults search(SearchRequest request) throws IOException {
    QueryText parsed = QueryText.parse(request.query());
    QueryBuilder.TextQuery text = queries.text(parsed, request.items());
    return withSearcher(searcher -> {
      ReaderState state = readerState(searcher.getIndexReader());
      Query filter = queries.filter(request, resolve(request, state), searcher);
      // One unscored pass counts the matches and their facets; the page is ranked apart.
      FacetsCollector matches = searcher.search(
          new ConstantScoreQuery(QueryBuilder.filtered(text == null ? null : text.match(), filter)),
          new FacetsCollectorManager());
      long total = 0;
      for (FacetsCollector.MatchingDocs docs : matches.getMatchingDocs()) {
        total += docs.totalHits();
      }
      int wanted = Math.max(1, request.offset() + request.limit());
      ScoreDoc[] all = ranked(searcher, text, filter, wanted, total);
      int from = Math.min(request.offset(), all.length);
      int to = Math.min(all.length, request.offset() + request.limit());
      ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, to);
      return new SearchResults(request.query(), request.items() == null ? null : request.items().plural(), total,
          request.offset(), hits(searcher, state.summaries(), page, text, request.items(), true),
          request.items() == null && state.plans() != null
              ? state.plans().count(matches, IndexFields.FACETS, FACET_VALUES)
              : counts(state, matches));
    });
  }

  /**
   * The best {@code wanted} of the {@code total} matches: those with every word first, then the rest. Only the
   * top of each ranking is asked for, so Lucene skips the blocks of documents that cannot reach it.
   */
  private static ScoreDoc[] ranked(IndexSearcher searcher, QueryBuilder.TextQuery text, Query filter, int wanted,
      long total) throws IOException {
    if (text == null) {
      return searcher.search(QueryBuilder.filtered(null, filter), top(wanted)).scoreDocs;
    }
    ScoreDoc[] first = searcher.search(QueryBuilder.filtered(text.allWords(), filter), top(wanted)).scoreDocs;
    if (first.length >= wanted || first.length >= total) {
      return first;
    }
    Set<Integer> seen = new java.util.HashSet<>();
    List<ScoreDoc> merged = new ArrayList<>();
    for (ScoreDoc doc : first) {
      seen.add(doc.doc);
      merged.add(doc);
    }
    ScoreDoc[] rest =
        searcher.search(QueryBuilder.filtered(text.anyWords(), filter), top(wanted + first.length)).scoreDocs;
    for (int i = 0; i < rest.length && merged.size() < wanted; i++) {
      if (seen.add(rest[i].doc)) {
        merged.add(rest[i]);
      }
    }
    return merged.toArray(ScoreDoc[]::new);
  }

  private static TopScoreDocCollectorManager top(int wanted) {
    return new TopScoreDocCollectorManager(wanted, null, wanted);
  }

  /** The plan with this id, its text included. */
  public Optional<IndexedPlan> document(String id) throws IOException {
    return withSearcher(searcher -> {
      Integer doc = readerState(searcher.getIndexReader()).summaries().doc(id);
      return doc == null ? Optional.empty()
          : Optional.of(new IndexedPlan(id, readPlan(searcher.storedFields().document(doc))));
    });
  }

  /** The items of one kind of the plan with this id, in the order the plan has them. */
  public List<JsonNode> items(String id, ItemKind kind) throws IOException {
    return withSearcher(searcher -> {
      Query query = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexFields.PLAN_ID, id)), Occur.FILTER)
          .add(new TermQuery(new Term(IndexFields.TYPE, kind.type())), Occur.FILTER)
          .build();
      TopDocs top = searcher.search(query, 10_000,
          new org.apache.lucene.search.Sort(new SortField(IndexFields.POSITION, SortField.Type.INT)));
      List<JsonNode> items = new ArrayList<>();
      for (ScoreDoc hit : top.scoreDocs) {
        items.add(PlanJson.mapper().readTree(searcher.storedFields().document(hit.doc).get(IndexFields.ITEM)));
      }
      return items;
    });
  }

  /** Every match of a search (up to {@code max}), in index order, without snippets: for tables over many plans. */
  public List<SearchHit> allItems(SearchRequest request, int max) throws IOException {
    QueryBuilder.TextQuery text = queries.text(QueryText.parse(request.query()), request.items());
    return withSearcher(searcher -> {
      ReaderState state = readerState(searcher.getIndexReader());
      Query query = QueryBuilder.filtered(text == null ? null : text.match(),
          queries.filter(request, resolve(request, state), searcher));
      ScoreDoc[] found = searcher.search(query, max, org.apache.lucene.search.Sort.INDEXORDER).scoreDocs;
      return hits(searcher, state.summaries(), found, null, request.items(), false);
    });
  }

  /** How many Lucene documents (plans and their items) the index holds. */
  public long documentCount() throws IOException {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  /** How many plans the index holds. */
  public int plans() throws IOException {
    return withSearcher(searcher -> searcher.count(QueryBuilder.PLANS));
  }

  /** The hits of a page, with snippets from the text of {@code kind} (plans when null) if asked for. */
  private static List<SearchHit> hits(IndexSearcher searcher, PlanSummaries summaries, ScoreDoc[] page,
      QueryBuilder.TextQuery text, ItemKind kind, boolean withSnippets) throws IOException {
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    String[] snippets =
        withSnippets ? snippets(searcher, docIds, text, IndexFields.TextFields.of(kind).folded()) : null;
    Map<String, PlanSummary> plans = new HashMap<>();
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      Document doc = searcher.storedFields().document(page[i].doc,
          Set.of(IndexFields.TYPE, IndexFields.PLAN_ID, IndexFields.ITEM));
      String type = doc.get(IndexFields.TYPE);
      PlanSummary plan;
      JsonNode item = null;
      if (type.equals(IndexFields.PLAN)) {
        plan = summaries.byDoc(page[i].doc);
      } else {
        plan = plans.computeIfAbsent(doc.get(IndexFields.PLAN_ID), summaries::byId);
        item = PlanJson.mapper().readTree(doc.get(IndexFields.ITEM));
      }
      hits.add(new SearchHit(type, Float.isNaN(page[i].score) ? 0 : page[i].score, plan, item,
          snippets == null ? null : Snippet.decode(snippets[i])));
    }
    return hits;
  }

  private static String[] snippets(IndexSearcher searcher, int[] docIds, QueryBuilder.TextQuery text, String field)
      throws IOException {
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, IndexFields.analyzer())
        .withFormatter(new SnippetFormatter())
        .withMaxLength(HIGHLIGHT_CHARS)
        .withMaxNoHighlightPassages(1)
        // Lines as passages: a plan's paragraph is its natural snippet, and cheaper to find than sentences.
        .withBreakIterator(() -> new org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator('\n'))
        .build();
    return highlighter.highlightFields(new String[] {field},
        text == null ? MatchAllDocsQuery.INSTANCE : text.highlight(), docIds, new int[] {SNIPPETS}).get(field);
  }

  private static PlanDocument readPlan(Document doc) {
    try {
      return PlanJson.read(doc.get(IndexFields.DOCUMENT)).withText(doc.get(IndexFields.PLAN_TEXT.folded()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Facet counts of item hits, read from the doc values of each hit (plans are counted from the heap copy). */
  private Map<String, List<FacetCount>> counts(ReaderState facets, FacetsCollector collector) throws IOException {
    Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
    SortedSetDocValuesFacetCounts facetCounts =
        facets.state() == null ? null : new SortedSetDocValuesFacetCounts(facets.state(), collector);
    for (String dimension : IndexFields.FACETS) {
      List<FacetCount> values = new ArrayList<>();
      if (facetCounts != null && facets.state().getOrdRange(dimension) != null) {
        FacetResult top = facetCounts.getTopChildren(FACET_VALUES, dimension);
        if (top != null) {
          for (LabelAndValue value : top.labelValues) {
            values.add(new FacetCount(value.label, value.value.longValue()));
          }
        }
      }
      counts.put(dimension, values);
    }
    return counts;
  }

  private ReaderState readerState(IndexReader reader) throws IOException {
    ReaderState current = readerState;
    if (current != null && current.reader() == reader) {
      return current;
    }
    synchronized (this) {
      if (readerState != null && readerState.reader() == reader) {
        return readerState;
      }
      SortedSetDocValuesReaderState state = null;
      PlanFacetOrdinals plans = null;
      Map<String, List<String>> values = new HashMap<>();
      try {
        state = new DefaultSortedSetDocValuesReaderState(reader, config);
        plans = PlanFacetOrdinals.read(reader, state);
        for (String dimension : List.of(IndexFields.PROVINCE, IndexFields.UNIT, IndexFields.KIND)) {
          values.put(dimension, values(state, dimension));
        }
      } catch (IllegalArgumentException e) {
        // an index without any facet yet (no plan indexed)
      }
      readerState = new ReaderState(reader, state, plans, values, PlanSummaries.read(reader));
      return readerState;
    }
  }

  private static List<String> values(SortedSetDocValuesReaderState state, String dimension) throws IOException {
    List<String> values = new ArrayList<>();
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dimension);
    if (range == null) {
      return values;
    }
    SortedSetDocValues docValues = state.getDocValues();
    for (PrimitiveIterator.OfInt ords = range.iterator(); ords.hasNext(); ) {
      String[] path = FacetsConfig.stringToPath(docValues.lookupOrd(ords.nextInt()).utf8ToString());
      values.add(path[path.length - 1]);
    }
    return values;
  }

  private static QueryBuilder.Resolved resolve(SearchRequest request, ReaderState facets) {
    return new QueryBuilder.Resolved(
        matching(facets, IndexFields.PROVINCE, request.province(), false),
        matching(facets, IndexFields.UNIT, request.unit(), true),
        matching(facets, IndexFields.KIND, request.kind(), false));
  }

  /** The indexed values a user's filter names: equal without regard to case and accents (a unit also by name). */
  private static List<String> matching(ReaderState facets, String dimension, String given, boolean byName) {
    if (given == null) {
      return List.of();
    }
    String wanted = comparable(given);
    List<String> found = new ArrayList<>();
    for (String value : facets.values().getOrDefault(dimension, List.of())) {
      String candidate = comparable(value);
      if (candidate.equals(wanted) || byName && candidate.endsWith(" " + wanted)) {
        found.add(value);
      }
    }
    return found;
  }

  private static String comparable(String value) {
    return AccentFolding.fold(VietnameseAnalyzer.nfc(value)).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }

  /** One unit of work on the latest committed view of the index. */
  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) throws IOException {
    searchers.maybeRefresh();
    IndexSearcher searcher = searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      slices.shutdown();
    } finally {
      directory.close();
    }
  }
}
