package org.planex.eval.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects per-document counts of every field under both matchings, and the mismatches behind them; turns
 * them into {@link FieldScore}s. Field names are dotted paths ({@code citations}, {@code citations.date},
 * {@code metadata.number}); the order of first use is the order of the report.
 */
public final class Scorecard {

  private record Key(String field, Matching matching) {}

  private final Map<Key, FieldScore.Kind> kinds = new LinkedHashMap<>();
  private final Map<Key, List<Counts>> perDocument = new LinkedHashMap<>();
  private final Map<String, Map<Key, Counts>> byDocument = new LinkedHashMap<>();
  private final List<Mismatch> mismatches = new ArrayList<>();
  private String document = "";

  /** Names the document the next counts belong to, for the per-document rows. */
  public void document(String name) {
    document = name;
  }

  /** A set field: what was found, falsely predicted and missed in one document. */
  public void set(String field, Matching matching, Counts counts) {
    add(field, matching, FieldScore.Kind.SET, counts);
  }

  /** An accuracy field: {@code correct} of {@code total} items in one document were right. */
  public void accuracy(String field, Matching matching, int correct, int total) {
    add(field, matching, FieldScore.Kind.ACCURACY, new Counts(correct, 0, total - correct));
  }

  public void mismatch(Mismatch mismatch) {
    mismatches.add(mismatch);
  }

  private void add(String field, Matching matching, FieldScore.Kind kind, Counts counts) {
    Key key = new Key(field, matching);
    FieldScore.Kind known = kinds.putIfAbsent(key, kind);
    if (known != null && known != kind) {
      throw new IllegalArgumentException(field + " is scored both as " + known + " and " + kind);
    }
    perDocument.computeIfAbsent(key, k -> new ArrayList<>()).add(counts);
    byDocument.computeIfAbsent(document, d -> new LinkedHashMap<>()).merge(key, counts, Counts::plus);
  }

  /** Per document, per field: strict counts (one row per document in the details). */
  public Map<String, Map<String, Counts>> strictByDocument() {
    Map<String, Map<String, Counts>> rows = new LinkedHashMap<>();
    byDocument.forEach((name, fields) -> fields.forEach((key, counts) -> {
      if (key.matching() == Matching.STRICT) {
        rows.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(key.field(), counts);
      }
    }));
    return rows;
  }

  public List<FieldScore> scores() {
    List<FieldScore> scores = new ArrayList<>();
    perDocument.forEach((key, documents) -> {
      Counts micro = Counts.ZERO;
      double p = 0;
      double r = 0;
      double f = 0;
      int n = 0;
      for (Counts counts : documents) {
        micro = micro.plus(counts);
        if (!counts.isEmpty()) {
          p += counts.precision();
          r += counts.recall();
          f += counts.f1();
          n++;
        }
      }
      scores.add(new FieldScore(key.field(), key.matching(), kinds.get(key), micro,
          n == 0 ? 1 : p / n, n == 0 ? 1 : r / n, n == 0 ? 1 : f / n, n));
    });
    return scores;
  }

  /** Mismatches under relaxed matching are also mismatches under strict; these are the strict ones. */
  public List<Mismatch> mismatches() {
    return List.copyOf(mismatches);
  }
}
