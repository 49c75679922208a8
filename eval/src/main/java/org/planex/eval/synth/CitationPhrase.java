package org.planex.eval.synth;

import java.time.LocalDate;
import java.util.Locale;
import org.planex.eval.gold.GoldCitation;

/**
 * How a plan mentions a document it cites ("Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về …"), and
 * the gold citation that mention gives: the title is the clause after number, date and issuer without a leading
 * {@code về việc} or {@code về} ("ban hành X" and "phê duyệt X" stay whole), as ANNOTATION.md reads it.
 */
final class CitationPhrase {

  /** A mention and what it says. */
  record Mention(String text, GoldCitation gold) {}

  private CitationPhrase() {}

  /** A mention with as much as the plan cares to say: number, usually date, issuer and subject. */
  static Mention full(CitableDocument document, PlanRandom random) {
    if (document.isLaw() && (document.number() == null || random.chance(0.4))) {
      return byName(document);
    }
    StringBuilder text = new StringBuilder();
    if (document.isLaw()) {
      text.append(document.subject()).append(" số ").append(printedNumber(document.number(), random));
    } else {
      text.append(document.type()).append(" số ").append(printedNumber(document.number(), random));
    }
    String date = null;
    if (document.date() != null && random.chance(0.9)) {
      text.append(" ngày ").append(printedDate(document.date(), random));
      date = document.date().toString();
    }
    String issuer = null;
    if (document.issuer() != null && random.chance(0.9)) {
      text.append(" của ").append(document.issuer());
      issuer = document.issuer();
    }
    String title = document.isLaw() ? document.subject() : null;
    if (!document.isLaw() && random.chance(0.8)) {
      title = subject(document.subject(), text, random);
    }
    return new Mention(text.toString(), new GoldCitation(document.type(), document.number(), date, issuer, title));
  }

  /** A second, short mention: "Nghị quyết số 76/NQ-CP". */
  static Mention brief(CitableDocument document, PlanRandom random) {
    if (document.number() == null) {
      return byName(document);
    }
    String type = document.isLaw() ? document.subject() : document.type();
    return new Mention(type + " số " + document.number(),
        new GoldCitation(document.type(), document.number(), null, null, document.isLaw() ? document.subject() : null));
  }

  /** A law by its name and year: "Luật Lưu trữ năm 2011" (no number, no issuer). */
  private static Mention byName(CitableDocument document) {
    String name = document.date() == null || document.subject().matches(".* năm \\d{4}$") ? document.subject()
        : document.subject() + " năm " + document.date().getYear();
    return new Mention(name, new GoldCitation(document.type(), null, null, null, name));
  }

  /** Appends the subject with a connector and returns the title it gives. */
  private static String subject(String subject, StringBuilder text, PlanRandom random) {
    String lower = subject.toLowerCase(Locale.ROOT);
    for (String connector : new String[] {"về việc ", "về "}) {
      if (lower.startsWith(connector)) {
        String rest = subject.substring(connector.length());
        text.append(' ').append(connector).append(rest);
        return rest;
      }
    }
    for (String verb : new String[] {"ban hành ", "phê duyệt "}) {
      if (lower.startsWith(verb) && random.chance(0.6)) {
        // Only a leading "về việc"/"về" is dropped from a title: "ban hành X" stays whole.
        text.append(' ').append(subject);
        return subject;
      }
    }
    String title = lowerFirst(subject);
    text.append(" về việc ").append(title);
    return title;
  }

  /** "Quy định về …" → "quy định về …", but an acronym ("CCHC …") keeps its capitals. */
  private static String lowerFirst(String text) {
    if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
      return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
    return text;
  }

  /** The canonical number, now and then with the space after a hyphen that typing leaves ("942/QĐ- TTg"). */
  private static String printedNumber(String number, PlanRandom random) {
    int hyphen = number.indexOf('-');
    return hyphen > 0 && random.chance(0.06) ? number.substring(0, hyphen + 1) + " " + number.substring(hyphen + 1)
        : number;
  }

  private static String printedDate(LocalDate date, PlanRandom random) {
    double form = random.unit();
    if (form < 0.15) {
      return date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear();
    }
    String day = form < 0.6 ? String.format("%02d", date.getDayOfMonth()) : String.valueOf(date.getDayOfMonth());
    String month = form < 0.35 ? String.format("%02d", date.getMonthValue()) : String.valueOf(date.getMonthValue());
    return day + "/" + month + "/" + date.getYear();
  }
}
