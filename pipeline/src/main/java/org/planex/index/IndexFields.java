package org.planex.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

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
  /** Plan only: its {@link PlanSummary} as JSON, so a result needs no parse of the whole document. */
  static final String SUMMARY = "summary";
  /** Child only: the item's own JSON. */
  static final String ITEM = "item";

  /**
   * A plan's text: accent-folded (stored, with offsets, for the highlighter) and exact (lower-cased). Items have
   * a field of their own, so a search of plans never walks the postings of their items, which are most documents;
   * items are folded only (an item is ranked among items, and the exact copy would double indexing time).
   */
  static final TextFields PLAN_TEXT = new TextFields("textFolded", "textExact");
  static final TextFields ITEM_TEXT = new TextFields("itemFolded", null);

  /** The folded and (null if none) the exact field of one kind of document. */
  record TextFields(String folded, String exact) {

    static TextFields of(ItemKind items) {
      return items == null ? PLAN_TEXT : ITEM_TEXT;
    }
  }

  /** How folded text is indexed: stored, and with offsets, so highlighting never re-analyses a text. */
  static final FieldType FOLDED = folded();

  private static FieldType folded() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
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
    VietnameseAnalyzer exact = new VietnameseAnalyzer(false);
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
        Map.of(PLAN_TEXT.folded(), folded, ITEM_TEXT.folded(), folded, BODY_NAME, folded, PLAN_TEXT.exact(), exact));
  }
}
