package org.planex.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Every plan's facet ordinals, read once per index reader into heap arrays, so that counting the facets of a
 * plan search is a loop over ints instead of a doc-values read per hit and value (a plan has some thirty: its
 * place, kind, year, every cited document and body). Most searches match most plans; then the plans they do
 * not match are counted and taken from the counts of all plans, which come precomputed. Exact either way.
 */
final class PlanFacetOrdinals {

  /** Live plan documents, as reader-wide doc ids in ascending order. */
  private final int[] plans;
  /** The ordinals of plan {@code i} are {@code ordinals[starts[i] .. starts[i + 1])}. */
  private final int[] starts;
  private final int[] ordinals;
  private final int[] allPlans;
  private final SortedSetDocValuesReaderState state;

  private PlanFacetOrdinals(int[] plans, int[] starts, int[] ordinals, int ordinalCount,
      SortedSetDocValuesReaderState state) {
    this.plans = plans;
    this.starts = starts;
    this.ordinals = ordinals;
    this.state = state;
    this.allPlans = new int[ordinalCount];
    for (int ord : ordinals) {
      allPlans[ord]++;
    }
  }

  static PlanFacetOrdinals read(IndexReader reader, SortedSetDocValuesReaderState state) throws IOException {
    int[] plans = LivePlans.of(reader);
    int[] starts = new int[plans.length + 1];
    IntList ordinals = new IntList();
    SortedSetDocValues values = state.getDocValues(); // reader-wide ordinals
    for (int p = 0; p < plans.length; p++) {
      starts[p] = ordinals.size();
      if (values.advanceExact(plans[p])) {
        for (int i = 0; i < values.docValueCount(); i++) {
          ordinals.add((int) values.nextOrd());
        }
      }
    }
    starts[plans.length] = ordinals.size();
    return new PlanFacetOrdinals(plans, starts, ordinals.toArray(), (int) values.getValueCount(), state);
  }

  /** The top {@code top} values of each dimension among the plans a search matched (plans only). */
  Map<String, List<FacetCount>> count(FacetsCollector hits, List<String> dimensions, int top) throws IOException {
    int[] counts = counts(hits);
    Map<String, List<FacetCount>> result = new LinkedHashMap<>();
    for (String dimension : dimensions) {
      result.put(dimension, top(counts, dimension, top));
    }
    return result;
  }

  private int[] counts(FacetsCollector hits) throws IOException {
    long matched = 0;
    for (FacetsCollector.MatchingDocs docs : hits.getMatchingDocs()) {
      matched += docs.totalHits();
    }
    boolean complement = matched > plans.length / 2;
    int[] counts = new int[allPlans.length];
    // A segment without a match may have no entry: its plans are all unmatched.
    List<FacetsCollector.MatchingDocs> leaves = new ArrayList<>(hits.getMatchingDocs());
    leaves.sort((a, b) -> Integer.compare(a.context().docBase, b.context().docBase));
    int unmatchedFrom = 0;
    for (FacetsCollector.MatchingDocs docs : leaves) {
      LeafReaderContext leaf = docs.context();
      int first = lowerBound(leaf.docBase);
      int end = lowerBound(leaf.docBase + leaf.reader().maxDoc());
      if (complement) {
        addAll(unmatchedFrom, first, counts);
      }
      DocIdSetIterator matching = docs.bits() == null ? null : docs.bits().iterator();
      countLeaf(leaf.docBase, first, end, matching == null ? DocIdSetIterator.empty() : matching, complement,
          counts);
      unmatchedFrom = end;
    }
    if (complement) {
      addAll(unmatchedFrom, plans.length, counts);
      for (int ord = 0; ord < counts.length; ord++) {
        counts[ord] = allPlans[ord] - counts[ord];
      }
    }
    return counts;
  }

  /**
   * Adds the ordinals of the plans {@code first..end} of a leaf that {@code matching} holds, or with
   * {@code complement} of those it does not hold; both lists are ascending, so one walk through each does it.
   */
  private void countLeaf(int docBase, int first, int end, DocIdSetIterator matching, boolean complement,
      int[] counts) throws IOException {
    int next = matching.nextDoc();
    for (int p = first; p < end; p++) {
      int doc = plans[p] - docBase;
      while (next < doc) {
        next = matching.nextDoc();
      }
      if ((next == doc) != complement) {
        add(p, counts);
      }
    }
  }

  private void addAll(int from, int to, int[] counts) {
    for (int p = from; p < to; p++) {
      add(p, counts);
    }
  }

  private void add(int plan, int[] counts) {
    for (int i = starts[plan]; i < starts[plan + 1]; i++) {
      counts[ordinals[i]]++;
    }
  }

  private int lowerBound(int doc) {
    int at = Arrays.binarySearch(plans, doc);
    return at >= 0 ? at : -at - 1;
  }

  /** The most frequent values first, ties in label order (as Lucene's own facet counts give them). */
  private List<FacetCount> top(int[] counts, String dimension, int top) throws IOException {
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dimension);
    List<FacetCount> values = new ArrayList<>();
    if (range == null) {
      return values;
    }
    List<Integer> best = new ArrayList<>();
    for (int ord = range.start(); ord <= range.end(); ord++) {
      if (counts[ord] > 0) {
        best.add(ord);
      }
    }
    best.sort((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
    SortedSetDocValues labels = state.getDocValues();
    for (int ord : best.subList(0, Math.min(top, best.size()))) {
      String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
      values.add(new FacetCount(path[path.length - 1], counts[ord]));
    }
    return values;
  }

  /** A growable list of ints: the arrays above are millions long at scale, boxed lists would triple them. */
  private static final class IntList {
    private int[] values = new int[1024];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
