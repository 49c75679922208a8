package org.planex.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.planex.model.PlanJson;

/**
 * The summary of a plan, by its document or its id, for result lists: read from doc values, not from the stored
 * fields, where it would sit among the plan's text and JSON and cost their decompression; and each plan's
 * document found by id from a map made once per index reader, not by a search. A table of 100,000 items over
 * 30,000 plans needs one lookup per plan.
 */
final class PlanSummaries {

  private final List<LeafReaderContext> leaves;
  private final Map<String, Integer> docById;

  private PlanSummaries(List<LeafReaderContext> leaves, Map<String, Integer> docById) {
    this.leaves = leaves;
    this.docById = docById;
  }

  static PlanSummaries read(IndexReader reader) throws IOException {
    Map<String, Integer> docById = new HashMap<>();
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = null;
    SortedDocValues ids = null;
    for (int doc : LivePlans.of(reader)) { // ascending: each leaf's ids are read forward, once
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        ids = leaf.reader().getSortedDocValues(IndexFields.PLAN_REF);
      }
      if (ids != null && ids.advanceExact(doc - leaf.docBase)) {
        docById.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), doc);
      }
    }
    return new PlanSummaries(leaves, docById);
  }

  /** The reader-wide doc id of the plan with this id, or null when the index has no such plan. */
  Integer doc(String id) {
    return docById.get(id);
  }

  /** The summary of the plan with this id, or null when the index has no such plan. */
  PlanSummary byId(String id) {
    Integer doc = docById.get(id);
    return doc == null ? null : byDoc(doc);
  }

  /** The summary of the plan that is document {@code doc} of the reader. */
  PlanSummary byDoc(int doc) {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    try {
      BinaryDocValues summaries = leaf.reader().getBinaryDocValues(IndexFields.SUMMARY);
      if (summaries == null || !summaries.advanceExact(doc - leaf.docBase)) {
        return null;
      }
      org.apache.lucene.util.BytesRef json = summaries.binaryValue();
      return PlanJson.mapper().readValue(json.bytes, json.offset, json.length, PlanSummary.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
