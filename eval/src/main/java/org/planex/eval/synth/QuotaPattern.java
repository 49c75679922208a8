package org.planex.eval.synth;

import java.util.List;
import java.util.Map;

/**
 * A way plans state a quota ({@code quotas.tsv}): the phrase with its comparator, quantity and channel slots, and
 * the unit and period the phrase fixes.
 *
 * @param kind what the quota counts: {@code post}, {@code broadcast}, {@code meeting}, {@code percent} or
 *     {@code scope} (a share of the plan's own audience, stated in its requirements)
 * @param period null for a one-off target
 * @param comparators the empty string stands for "no comparator"
 * @param channelGroups the {@code channels.tsv} groups the {@code {ch}} slot draws from; empty without a channel
 * @param deadline a recurring deadline the phrase states too ({@code định kỳ hằng tháng}), or null
 * @param recurrence that deadline's recurrence
 */
public record QuotaPattern(String kind, String phrase, String unit, String period, List<String> quantities,
    List<String> comparators, List<String> channelGroups, String deadline, String recurrence) {

  public static final String RESOURCE = "quotas.tsv";

  static QuotaPattern parse(String[] row) {
    String[] deadline = row[7].equals("-") ? new String[] {null, null} : row[7].split("=");
    return new QuotaPattern(row[0], row[1], row[2], dash(row[3]), List.of(row[4].split(",")),
        List.of(row[5].split(",", -1)), row[6].equals("-") ? List.of() : List.of(row[6].split(",")), deadline[0],
        deadline[1]);
  }

  /** A mention of this quota in {@code commune}'s plan, capitalised when it opens a sentence or a cell. */
  QuotaMention mention(Commune commune, Map<String, List<String>> channels, PlanRandom random, boolean atStart) {
    String comparator = random.pick(comparators);
    String quantity = random.pick(quantities);
    String channel = null;
    if (!channelGroups.isEmpty()) {
      channel = random.pick(channels.get(random.pick(channelGroups)))
          .replace("{u}", commune.type()).replace("{n}", commune.name());
    }
    String text = phrase.replace("{cmp}", comparator.isEmpty() ? "" : comparator + " ").replace("{q}", quantity)
        .replace("{ch}", channel == null ? "" : channel).replace("{u}", commune.type());
    text = atStart ? Template.capitalize(text) : text;
    DeadlineMention due = null;
    if (deadline != null) {
      // The phrase may have been capitalised: the deadline is quoted as printed.
      int at = text.toLowerCase(java.util.Locale.ROOT).indexOf(deadline);
      String printed = text.substring(at, at + deadline.length());
      due = new DeadlineMention(printed, printed, null, recurrence);
    }
    return new QuotaMention(text, quantity, unit, period, comparator.isEmpty() ? null : comparator, channel, due);
  }

  private static String dash(String field) {
    return field.equals("-") ? null : field;
  }
}
