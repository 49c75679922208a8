package org.planex.eval.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the generator draws from, read once from the files bundled beside these classes and shared
 * read-only by all threads.
 *
 * @param legalCode documents mined from the legal code ({@code citations.tsv})
 * @param administrativeCode those of them closest to a commune's reform plan: issued since 2010 by the Government,
 *     the Prime Minister, the National Assembly or the ministries of home affairs, justice, information and culture
 * @param reformDocuments the administrative-reform documents the seed plans cite ({@code reform-citations.tsv})
 * @param channels channel group → channel names ({@code channels.tsv})
 */
public record Vocabulary(List<Commune> communes, List<CitableDocument> legalCode,
    List<CitableDocument> administrativeCode, List<CitableDocument> reformDocuments, List<BodyName> bodies,
    PhraseBank phrases, List<QuotaPattern> quotas, Map<String, List<String>> channels,
    List<DeadlinePattern> deadlines, PersonNames names, OcrConfusions ocr) {

  public static final String REFORM_CITATIONS = "reform-citations.tsv";
  public static final String BODIES = "bodies.tsv";
  public static final String CHANNELS = "channels.tsv";

  private static final Set<String> ADMINISTRATIVE_ISSUERS = Set.of("Chính phủ",
      "Thủ tướng Chính phủ", "Quốc hội", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Thông tin và Truyền thông",
      "Bộ Văn hóa, Thể thao và Du lịch");

  private static final class Bundled {
    static final Vocabulary INSTANCE = load();
  }

  /** The bundled vocabulary, loaded on first use. */
  public static Vocabulary bundled() {
    return Bundled.INSTANCE;
  }

  public BodyName body(String key) {
    for (BodyName body : bodies) {
      if (body.key().equals(key)) {
        return body;
      }
    }
    throw new IllegalArgumentException("no body " + key + " in " + BODIES);
  }

  public List<QuotaPattern> quotas(String kind) {
    return quotas.stream().filter(q -> q.kind().equals(kind)).toList();
  }

  public List<DeadlinePattern> deadlines(String kind) {
    return deadlines.stream().filter(d -> d.kind().equals(kind)).toList();
  }

  private static Vocabulary load() {
    List<Commune> communes = new ArrayList<>();
    for (String[] row : TsvResource.rows(VocabularyBuilder.COMMUNES)) {
      communes.add(new Commune(row[0], row[1], row[2], row[3]));
    }
    List<BodyName> bodies = new ArrayList<>();
    for (String[] row : TsvResource.rows(BODIES)) {
      bodies.add(new BodyName(row[0], row[1], row[2], row[3], List.of(row[4].split("\\|"))));
    }
    Map<String, List<String>> channels = new LinkedHashMap<>();
    for (String[] row : TsvResource.rows(CHANNELS)) {
      channels.computeIfAbsent(row[0], g -> new ArrayList<>()).add(row[1]);
    }
    List<CitableDocument> legalCode = documents(VocabularyBuilder.CITATIONS);
    List<CitableDocument> administrative = legalCode.stream()
        .filter(d -> ADMINISTRATIVE_ISSUERS.contains(d.issuer()) && d.date().getYear() >= 2010).toList();
    return new Vocabulary(communes, legalCode, administrative, documents(REFORM_CITATIONS), bodies,
        PhraseBank.bundled(), TsvResource.rows(QuotaPattern.RESOURCE).stream().map(QuotaPattern::parse).toList(),
        channels, TsvResource.rows(DeadlinePattern.RESOURCE).stream().map(DeadlinePattern::parse).toList(),
        PersonNames.bundled(), OcrConfusions.bundled());
  }

  private static List<CitableDocument> documents(String resource) {
    List<CitableDocument> documents = new ArrayList<>();
    for (String[] row : TsvResource.rows(resource)) {
      documents.add(new CitableDocument(row[0], dash(row[1]), row[2].equals("-") ? null : LocalDate.parse(row[2]),
          dash(row[3]), row[4]));
    }
    return documents;
  }

  private static String dash(String field) {
    return field.equals("-") ? null : field;
  }
}
