package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.planex.eval.gold.GoldCitation;

/**
 * The documents a plan being written cites: each once, however often it is mentioned, with the fields of its
 * fullest mention (ANNOTATION.md, Citations).
 */
final class CitationLedger {

  private final Map<String, GoldCitation> citations = new LinkedHashMap<>();
  private final Map<String, CitableDocument> documents = new LinkedHashMap<>();

  void add(CitableDocument document, GoldCitation mention) {
    String key = key(document);
    documents.putIfAbsent(key, document);
    GoldCitation known = citations.get(key);
    if (known == null || filled(mention) > filled(known)) {
      citations.put(key, mention);
    }
  }

  boolean cites(CitableDocument document) {
    return documents.containsKey(key(document));
  }

  /** The documents cited so far, in order. */
  List<CitableDocument> documents() {
    return new ArrayList<>(documents.values());
  }

  List<GoldCitation> citations() {
    return new ArrayList<>(citations.values());
  }

  private static String key(CitableDocument document) {
    return document.type() + " " + (document.number() != null ? document.number() : document.subject());
  }

  private static long filled(GoldCitation c) {
    return Stream.of(c.number(), c.date(), c.issuer(), c.title()).filter(f -> f != null).count();
  }
}
