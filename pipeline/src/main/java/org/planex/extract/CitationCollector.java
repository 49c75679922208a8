package org.planex.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.planex.model.Citation;
import org.planex.text.AccentFolding;

/**
 * Collapses the mentions of one plan into one citation per document: the fields of the fullest mention, the
 * offsets of the first, a mention count, and a canonical id shared by every spelling of the document across plans.
 */
final class CitationCollector {

  private CitationCollector() {}

  private static final java.util.regex.Pattern LOCAL_SYMBOL = java.util.regex.Pattern.compile("(UBND|HĐND|ĐU|UB)$");
  private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");
  private static final java.util.regex.Pattern EDGE_DASH = java.util.regex.Pattern.compile("^-|-$");

  /**
   * @param ownNumber the plan's own number (never a citation), canonical, or null
   */
  static List<Citation> collect(String text, List<CitationMention> mentions, String ownNumber,
      SectionIndex sections) {
    Map<String, List<CitationMention>> byDocument = new LinkedHashMap<>();
    String own = ownNumber == null ? null : CitationFinder.key(DocumentNumber.canonical(ownNumber, null));
    for (CitationMention mention : mentions) {
      if (own != null && own.equals(mention.key())) {
        continue;
      }
      byDocument.computeIfAbsent(mention.key(), k -> new ArrayList<>()).add(mention);
    }
    List<Citation> citations = new ArrayList<>();
    for (List<CitationMention> group : byDocument.values()) {
      CitationMention first = group.get(0);
      CitationMention fullest = first;
      CitationMention typed = null;
      for (CitationMention m : group) {
        if (m.fullness() > fullest.fullness()) {
          fullest = m;
        }
        if (typed == null && m.explicitType()) {
          typed = m;
        }
      }
      DocumentType type = (typed != null ? typed : first).type();
      String number = fullest.printedNumber() == null ? null
          : DocumentNumber.canonical(fullest.printedNumber(), fullest.date());
      String title = fullest.title();
      if (number == null) {
        // A law cited by name: its fullest name is the longest ("… năm 2025" over the bare name).
        for (CitationMention m : group) {
          title = m.title() != null && (title == null || m.title().length() > title.length()) ? m.title() : title;
        }
      }
      citations.add(new Citation(type.label(), number, fullest.date(), fullest.issuer(), title,
          id(number, fullest.date(), fullest.issuer(), title), text.substring(first.start(), first.end()),
          first.start(), first.end(), group.size(), sections.labelAt(first.start())));
    }
    return citations;
  }

  /**
   * The identity of a document: its canonical number, plus its year when the number has none (a
   * {@code 76/NQ-CP} is reissued every year), plus the issuer for local symbols ({@code 08/KH-UBND} exists in every
   * province). A law cited by name is its name without the year.
   */
  static String id(String number, String date, String issuer, String title) {
    if (number == null) {
      return "law:" + slug(title.replaceAll("\\s+năm\\s+\\d{4}$", ""));
    }
    StringBuilder id = new StringBuilder(slug(number));
    if (DocumentNumber.year(number) == null && date != null) {
      id.append('@').append(date, 0, 4);
    }
    String symbol = DocumentNumber.symbol(number);
    if (issuer != null && LOCAL_SYMBOL.matcher(symbol).find()) {
      id.append('@').append(slug(issuer));
    }
    return id.toString();
  }

  private static String slug(String value) {
    return EDGE_DASH.matcher(NON_WORD.matcher(AccentFolding.fold(value).toLowerCase(Locale.ROOT)).replaceAll("-"))
        .replaceAll("");
  }
}
