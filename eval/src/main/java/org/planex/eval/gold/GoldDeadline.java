package org.planex.eval.gold;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * When something is due, normalised.
 *
 * @param date {@code 2025-08-10}, {@code 2025-08}, {@code 2026-Q1}, {@code 2025-H2} or {@code 2025}; null when
 *     recurring or open-ended
 * @param recurrence {@code monthly}, {@code quarterly}, {@code half-yearly}, {@code yearly}, {@code continuous},
 *     or several joined with a comma
 */
@JsonPropertyOrder({"date", "recurrence", "text", "body", "task"})
public record GoldDeadline(String date, String recurrence, String text, String body, String task) {}
