package org.planex.eval.synth;

import org.planex.eval.gold.GoldDeadline;
import org.planex.model.Quota;

/**
 * A quota as printed in a plan, with its fields; which body owes it is known only where it is placed.
 *
 * @param deadline the recurring deadline the phrase also states ("định kỳ hằng tháng có …"), or null
 */
public record QuotaMention(String text, String quantity, String unit, String period, String comparator,
    String channel, DeadlineMention deadline) {

  public Quota toQuota(String body) {
    return new Quota(quantity, unit, period, comparator, channel, body, text);
  }

  /** The deadline inside the phrase, bound to {@code body} and {@code task}; null when there is none. */
  public GoldDeadline deadlineOf(String body, String task) {
    return deadline == null ? null : deadline.toDeadline(body, task);
  }
}
