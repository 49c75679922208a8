package org.planex.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/** The plan documents of a reader that are not deleted. */
final class LivePlans {

  private LivePlans() {}

  /** Their reader-wide doc ids, ascending. */
  static int[] of(IndexReader reader) throws IOException {
    int[] docs = new int[1024];
    int size = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      PostingsEnum plans = leaf.reader().postings(new Term(IndexFields.TYPE, IndexFields.PLAN));
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = plans == null ? DocIdSetIterator.NO_MORE_DOCS : plans.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS; doc = plans.nextDoc()) {
        if (live == null || live.get(doc)) {
          if (size == docs.length) {
            docs = Arrays.copyOf(docs, size * 2);
          }
          docs[size++] = leaf.docBase + doc;
        }
      }
    }
    return Arrays.copyOf(docs, size);
  }
}
