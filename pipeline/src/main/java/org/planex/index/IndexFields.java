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
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/** The index schema: field names, which analyser reads each, and the facet dimensions. */
final class IndexFields {

  private IndexFields() {}

  /** Every document of a plan's block: the indexed path it came from, and the plan's id. */
  static final String KEY = "key";
  static final String PLAN_ID = "planId";
  /**
   * Plan only: its id as doc values, which join a plan filter to the plan's items (a field of its own: Lucene
   * wants a field's doc values on every document that has the field, and items need none).
   */
  static final String PLAN_REF = "planRef";
  /** {@code plan}, or the item kind of an item document (see {@link ItemKind}). */
  static final String TYPE = "type";
  static final String PLAN = "plan";

  /**
   * Doc values the index is sorted by: 0 for plans, 1 for items, so that each segment holds its plans together
   * at its start. A plan search then reads the norms and doc values of plans as dense blocks, not a plan here
   * and there among the items, which outnumber plans some 75 to 1 (at 100,000 plans sparse norms were a
   * quarter of a search's time). Plans and their items are joined by {@link #PLAN_ID}, not by document order.
   */
  static final String RANK = "rank";
  /** Item only: its place among its plan's items, the order {@code items} lists them in. */
  static final String POSITION = "position";

  static Sort indexSort() {
    return new Sort(new SortField(RANK, SortField.Type.INT));
  }

  /** Plan only: sha256 of the indexed file, and the document's JSON without its text. */
  static final String SHA = "sha";
  static final String DOCUMENT = "document";
  /**
   * Plan only: its {@link PlanSummary} as JSON in doc values, so a result needs neither the whole document nor a
   * decompression of the stored fields it sits among ({@link PlanSummaries}).
   */
  static final String SUMMARY = "summary";
  /** Child only: the item's own JSON. */
  static final String ITEM = "item";

  /**
   * A plan's text: accent-folded (stored, with offsets, for the highlighter), exact (lower-cased), and as folded
   * word pairs for phrases ({@link WordPairAnalyzer}). Items have a field of their own, so a search of plans never
   * walks the postings of their items, which are most documents; items are folded only (an item is ranked among
   * items, and the exact copy would double indexing time; their texts are short, so phrases need no pairs).
   */
  static final TextFields PLAN_TEXT = new TextFields("textFolded", "textExact", "textPairs");
  static final TextFields ITEM_TEXT = new TextFields("itemFolded", null, null);

  /** The folded, the exact and the word-pair field (null if none) of one kind of document. */
  record TextFields(String folded, String exact, String pairs) {

    static TextFields of(ItemKind items) {
      return items == null ? PLAN_TEXT : ITEM_TEXT;
    }
  }

  /** How folded text is indexed: stored, and with offsets, so highlighting never re-analyses a text. */
  static final FieldType FOLDED = folded();
  /** Word pairs only filter (a phrase's words score it): positions, no norms. */
  static final FieldType PAIRS = pairs();

  private static FieldType pairs() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private static FieldType folded() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
  /** Body names (folded) of a body-task or quota item, and of all a plan's bodies on the plan, for {@code --body}. */
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
        Map.of(PLAN_TEXT.folded(), folded, ITEM_TEXT.folded(), folded, BODY_NAME, folded, PLAN_TEXT.exact(), exact,
            PLAN_TEXT.pairs(), new WordPairAnalyzer()));
  }
}
