package org.planex.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/** The index schema: field names, which analyser reads each, and the facet dimensions. */
final class IndexFields {

  private IndexFields() {}

  /** Every document of a plan's block: the indexed path it came from, and the plan's id. */
  static final String KEY = "key";
  static final String PLAN_ID = "planId";
  /** {@code plan}, or the item kind of a child document (see {@link ItemKind}). */
  static final String TYPE = "type";
  static final String PLAN = "plan";

  /** Plan only: sha256 of the indexed file, and the document's JSON without its text. */
  static final String SHA = "sha";
  static final String DOCUMENT = "document";
  /** Child only: the item's own JSON. */
  static final String ITEM = "item";

  /** The text, lower-cased; stored here (the highlighter reads it back from this field). */
  static final String TEXT_FOLDED = "textFolded";
  static final String TEXT_EXACT = "textExact";
  /** Body names (folded) of a body-task or quota item, for {@code --body}. */
  static final String BODY_NAME = "bodyName";

  /** Cited documents: canonical ids, and the lookup keys of their numbers ({@link NumberKey}). */
  static final String CITES = "cites";
  static final String CITES_KEY = "citesKey";
  /** The plan's own number, as a lookup key. */
  static final String OWN_NUMBER_KEY = "ownNumberKey";
  /** ISO date of issue, or what is printed of it ({@code 2025-08}, {@code 2025}). */
  static final String DATE = "date";

  /** Facet dimensions. */
  static final String PROVINCE = "province";
  static final String UNIT = "unit";
  static final String KIND = "kind";
  static final String YEAR = "year";
  static final String BODY = "body";
  static final String CHANNEL = "channel";

  static final List<String> FACETS = List.of(PROVINCE, UNIT, KIND, YEAR, CITES, BODY, CHANNEL);

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String multi : List.of(CITES, BODY, CHANNEL)) {
      config.setMultiValued(multi, true);
    }
    return config;
  }

  /** Folded fields fold, the exact field only lower-cases, everything else is a keyword. */
  static Analyzer analyzer() {
    VietnameseAnalyzer folded = new VietnameseAnalyzer(true);
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
        Map.of(TEXT_FOLDED, folded, BODY_NAME, folded, TEXT_EXACT, new VietnameseAnalyzer(false)));
  }
}
