package org.planex.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calendar dates as plans print them — {@code 15/7/2021}, {@code 15-7-2021}, {@code ngày 15 tháng 7 năm 2021}. */
final class DateExpression {

  private DateExpression() {}

  /** On accent-folded text: a date, optionally after "ngay", anchored where the matcher's region starts. */
  static final Pattern DAY = Pattern.compile(
      "(?i)(?:ngay\\s+)?(\\d{1,2})\\s*(?:[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*|\\s+thang\\s+(\\d{1,2})\\s+nam\\s+)"
          + "(\\d{4})(?!\\d)");

  /** The ISO date of a {@link #DAY} match, or null when it is no calendar date (31/2). */
  static String iso(Matcher m) {
    try {
      int day = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
      int year = Integer.parseInt(m.group(4));
      return LocalDate.of(year, month, day).toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
