package org.planex.eval.synth;

import java.time.LocalDate;
import java.util.List;

/**
 * The period a plan covers, as its title says it, and when such a plan is issued. Communes exist in their 2025
 * form from July 2025, so every period is one a plan of those communes can cover.
 *
 * @param half 1 or 2 for a half-year plan, null for a year
 */
public record PlanPeriod(String text, LocalDate start, LocalDate end, Integer half, LocalDate issuedFrom,
    LocalDate issuedTo) {

  private static final List<PlanPeriod> PERIODS = List.of(
      new PlanPeriod("6 tháng cuối năm 2025", date(2025, 7, 1), date(2025, 12, 31), 2, date(2025, 7, 1),
          date(2025, 9, 30)),
      new PlanPeriod("06 tháng cuối năm 2025", date(2025, 7, 1), date(2025, 12, 31), 2, date(2025, 7, 1),
          date(2025, 9, 30)),
      new PlanPeriod("năm 2025", date(2025, 1, 1), date(2025, 12, 31), null, date(2025, 7, 1), date(2025, 10, 31)),
      new PlanPeriod("năm 2026", date(2026, 1, 1), date(2026, 12, 31), null, date(2025, 12, 1), date(2026, 2, 27)),
      new PlanPeriod("6 tháng đầu năm 2026", date(2026, 1, 1), date(2026, 6, 30), 1, date(2026, 1, 2),
          date(2026, 2, 27)),
      new PlanPeriod("6 tháng cuối năm 2026", date(2026, 7, 1), date(2026, 12, 31), 2, date(2026, 6, 15),
          date(2026, 8, 14)));

  public static PlanPeriod draw(PlanRandom random) {
    return random.pick(PERIODS);
  }

  /** A day of issue in the usual window. */
  public LocalDate issueDate(PlanRandom random) {
    return issuedFrom.plusDays(random.below((int) (issuedTo.toEpochDay() - issuedFrom.toEpochDay()) + 1));
  }

  public String inCapitals() {
    return text.toUpperCase(java.util.Locale.ROOT);
  }

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
