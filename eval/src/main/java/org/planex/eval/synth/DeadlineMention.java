package org.planex.eval.synth;

import org.planex.eval.gold.GoldDeadline;

/**
 * A deadline as printed: {@code printed} is what goes into the text, {@code text} the deadline phrase within it
 * ("trong tháng 11/2025" prints "tháng 11/2025" as the deadline).
 */
public record DeadlineMention(String printed, String text, String date, String recurrence) {

  public GoldDeadline toDeadline(String body, String task) {
    return new GoldDeadline(date, recurrence, text, body, task);
  }
}
