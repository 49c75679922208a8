package org.planex.eval.synth;

import java.time.LocalDate;

/**
 * What is decided about a plan before its text is written: who issues it, for which period, when, and how its
 * number and date are printed (in the header and again in the appendix's "Kèm theo" line).
 *
 * @param number the plan's number, or null when it is left blank ({@code Số:     /KH-UBND})
 * @param dateForm how much of the date of issue is printed
 * @param header how the top of the plan is laid out
 * @param blankLines whether paragraphs are separated by blank lines in text renderings
 * @param headingStyles whether headings are set as heading styles (else as bold paragraphs)
 * @param colonHeadings whether headings end with a colon ("1. Mục đích:")
 */
public record PlanFacts(Commune commune, PlanPeriod period, LocalDate issued, Integer number, DateForm dateForm,
    Header header, boolean blankLines, boolean headingStyles, boolean colonHeadings) {

  public static final String SYMBOL = "KH-UBND";

  /** How the date of issue is printed. */
  public enum DateForm {
    FULL, BLANK_DAY, BLANK_DAY_AND_MONTH
  }

  /** How the top of the plan is laid out. */
  public enum Header {
    /** Issuer, number / motto, place and date in two columns. */
    TWO_COLUMNS,
    /** Only the number line and the place/date line (a Word export without its layout table). */
    NUMBER_LINES,
    /** The plan starts with its kind and title. */
    NONE
  }

  public static PlanFacts draw(Vocabulary vocabulary, PlanRandom random) {
    Commune commune = random.pick(vocabulary.communes());
    PlanPeriod period = PlanPeriod.draw(random);
    double header = random.unit();
    double date = random.unit();
    return new PlanFacts(commune, period, period.issueDate(random),
        random.chance(0.45) ? null : random.between(1, 320),
        date < 0.55 ? DateForm.FULL : date < 0.9 ? DateForm.BLANK_DAY : DateForm.BLANK_DAY_AND_MONTH,
        header < 0.55 ? Header.TWO_COLUMNS : header < 0.75 ? Header.NUMBER_LINES : Header.NONE,
        random.chance(0.4), random.chance(0.5), random.chance(0.3));
  }

  /** The number as printed after "Số:" or "Kế hoạch số". */
  public String printedNumber(PlanRandom random) {
    if (number == null) {
      return " ".repeat(random.between(3, 8)) + "/" + SYMBOL;
    }
    return number + (random.chance(0.15) ? " /" : "/") + SYMBOL;
  }

  /** {@code ngày 11 tháng 8 năm 2025}, with the blanks this plan leaves. */
  public String printedDate(PlanRandom random) {
    String blank = " ".repeat(random.between(3, 6));
    String day = dateForm == DateForm.FULL ? twoDigits(issued.getDayOfMonth()) : blank;
    String month = dateForm == DateForm.BLANK_DAY_AND_MONTH ? blank : monthOf(issued);
    return "ngày " + day + " tháng " + month + " năm " + issued.getYear();
  }

  /** {@code 11/8/2025} with the same blanks, for the appendix's "Kèm theo" line. */
  public String printedShortDate() {
    String day = dateForm == DateForm.FULL ? String.valueOf(issued.getDayOfMonth()) : "    ";
    String month = dateForm == DateForm.BLANK_DAY_AND_MONTH ? "    " : String.valueOf(issued.getMonthValue());
    return day + "/" + month + "/" + issued.getYear();
  }

  public String goldNumber() {
    return number == null ? null : number + "/" + SYMBOL;
  }

  public String goldSymbol() {
    return number == null ? SYMBOL : null;
  }

  public String goldDate() {
    return dateForm == DateForm.FULL ? issued.toString() : null;
  }

  public String goldPartialDate() {
    return switch (dateForm) {
      case FULL -> null;
      case BLANK_DAY -> issued.toString().substring(0, 7);
      case BLANK_DAY_AND_MONTH -> String.valueOf(issued.getYear());
    };
  }

  // Official dates pad the day and the months January and February ("ngày 05 tháng 02 năm 2026").
  private static String twoDigits(int day) {
    return day < 10 ? "0" + day : String.valueOf(day);
  }

  private static String monthOf(LocalDate date) {
    return date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
  }
}
