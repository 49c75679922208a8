package org.planex.eval.synth;

import java.time.LocalDate;

/**
 * A way plans state a deadline ({@code deadlines.tsv}), and how its date is normalised.
 *
 * @param kind {@code due}, {@code report}, {@code open} (inside tasks) or {@code cell} (an appendix time cell)
 * @param prefix printed before the deadline but not part of it ({@code trong }), or empty
 * @param form {@code day}, {@code month}, {@code quarter}, {@code half}, {@code year}, or null for none
 * @param recurrence null for a one-off deadline
 */
public record DeadlinePattern(String kind, String prefix, String phrase, String form, String recurrence) {

  public static final String RESOURCE = "deadlines.tsv";

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  static DeadlinePattern parse(String[] row) {
    String[] parts = row[1].contains("|") ? row[1].split("\\|", 2) : new String[] {"", row[1]};
    return new DeadlinePattern(row[0], parts[0], parts[1], row[2].equals("-") ? null : row[2],
        row[3].equals("-") ? null : row[3]);
  }

  /** Whether the pattern can be said of a plan covering {@code period}: a half only of a half-year plan. */
  boolean fits(PlanPeriod period) {
    return !"half".equals(form) || period.half() != null;
  }

  /** A mention due within {@code period}, after {@code issued}. */
  DeadlineMention mention(PlanPeriod period, LocalDate issued, PlanRandom random, boolean atStart) {
    LocalDate earliest = issued.plusDays(10);
    LocalDate latest = period.end().isAfter(earliest.plusDays(20)) ? period.end() : earliest.plusDays(60);
    LocalDate due = earliest.plusDays(random.below((int) (latest.toEpochDay() - earliest.toEpochDay()) + 1));
    int quarter = (due.getMonthValue() - 1) / 3;
    String text = phrase
        .replace("{d}", twoDigitsOrNot(due.getDayOfMonth(), random, 0.5))
        .replace("{m}", twoDigitsOrNot(due.getMonthValue(), random, 0.2))
        .replace("{y}", String.valueOf(form != null && (form.equals("year") || form.equals("half"))
            ? period.start().getYear() : due.getYear()))
        .replace("{q}", ROMAN[quarter])
        .replace("{h}", period.half() == null ? "" : period.half() == 1 ? "đầu" : "cuối");
    String date = form == null ? null : switch (form) {
      case "day" -> due.toString();
      case "month" -> due.toString().substring(0, 7);
      case "quarter" -> due.getYear() + "-Q" + (quarter + 1);
      case "half" -> period.start().getYear() + "-H" + period.half();
      case "year" -> String.valueOf(period.start().getYear());
      default -> throw new IllegalStateException("date form " + form);
    };
    String printedPrefix = prefix;
    if (atStart) {
      if (prefix.isEmpty()) {
        text = Template.capitalize(text);
      } else {
        printedPrefix = Template.capitalize(prefix);
      }
    }
    return new DeadlineMention(printedPrefix + text, text, date, recurrence);
  }

  private static String twoDigitsOrNot(int value, PlanRandom random, double padded) {
    return value < 10 && random.chance(padded) ? "0" + value : String.valueOf(value);
  }
}
