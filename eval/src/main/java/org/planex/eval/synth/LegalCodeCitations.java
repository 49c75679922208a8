package org.planex.eval.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mines real citations from the notes that close the articles of the legal code compilation
 * ({@code phapdien_dieu.txt}): "(Điều 1 Thông tư số 05/2016/TT-BTTTT Quy định về … ngày 01/03/2016 của Bộ Thông
 * tin và Truyền thông, có hiệu lực …)". Only a document's first note carries its subject, date and issuer; those
 * are kept, one entry per document.
 */
final class LegalCodeCitations {

  private static final Pattern NOTE = Pattern.compile("^\\(Điều \\d+[a-zđ]? (?<type>Luật|Bộ [Ll]uật|Nghị định"
      + "|Thông tư liên tịch|Thông tư|Quyết định|Nghị quyết|Chỉ thị) số (?<number>\\d+[/-]\\S*?(?:(?<=-) \\S+)?) "
      + "(?<subject>.+) ngày (?<d>\\d{1,2})/(?<m>\\d{1,2})/(?<y>\\d{4}) của (?<issuer>.+?), có hiệu lực");
  /** Subjects that cite other documents or dates would bring citations the gold does not list. */
  private static final Pattern NESTED_REFERENCE = Pattern.compile("số \\d|ngày \\d|\\d+/\\d+|năm \\d{4}");
  private static final Pattern CANONICAL_NUMBER = Pattern.compile("\\d+[-/](?!.*//)[^\\s]*[^\\s/-]");
  private static final int LONGEST_SUBJECT = 160;

  private LegalCodeCitations() {}

  static List<CitableDocument> mine(Path phapdien) throws IOException {
    Map<String, CitableDocument> documents = new TreeMap<>();
    try (BufferedReader reader = Files.newBufferedReader(phapdien, StandardCharsets.UTF_8)) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.startsWith("(Điều")) {
          Matcher note = NOTE.matcher(SourceText.clean(line));
          if (note.find()) {
            CitableDocument document = document(note);
            if (document != null) {
              documents.putIfAbsent(document.type() + " " + document.number(), document);
            }
          }
        }
      }
    }
    List<CitableDocument> list = new ArrayList<>(documents.values());
    list.sort(Comparator.comparing(CitableDocument::type).thenComparing(CitableDocument::number));
    return list;
  }

  private static CitableDocument document(Matcher note) {
    String type = note.group("type").equals("Bộ Luật") ? "Bộ luật" : note.group("type");
    String number = note.group("number").replace(" ", "");
    String subject = note.group("subject").replaceAll("[.;,\\s]+$", "");
    if (subject.startsWith(type + " ") && !type.startsWith("Luật") && !type.startsWith("Bộ")) {
      subject = subject.substring(type.length() + 1); // "Nghị định quy định về …"
    }
    if (!CANONICAL_NUMBER.matcher(number).matches() || subject.length() < 4 || subject.length() > LONGEST_SUBJECT
        || NESTED_REFERENCE.matcher(subject).find() || subject.contains("\"")) {
      return null;
    }
    if (type.equals("Luật") || type.equals("Bộ luật")) {
      subject = subject.startsWith(type) ? subject : type + " " + subject;
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(note.group("y")), Integer.parseInt(note.group("m")),
          Integer.parseInt(note.group("d")));
      return new CitableDocument(type, number, date, note.group("issuer"), subject);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
