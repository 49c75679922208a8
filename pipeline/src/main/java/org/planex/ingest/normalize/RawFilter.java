package org.planex.ingest.normalize;

import org.planex.ingest.RawDocument;

/** One repair step over a raw document, like a Lucene {@code TokenFilter}: it does one thing and passes on. */
public interface RawFilter {

  RawDocument apply(RawDocument document);
}
