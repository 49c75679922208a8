package org.planex.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * When a task is due: a normalised date or period, its recurrence, the text as written, and the body and task
 * it binds.
 *
 * @param date {@code 2025-08-10}, {@code 2025-08}, {@code 2026-Q1}, {@code 2025-H2} or {@code 2025}; null when
 *     recurring or open-ended
 * @param recurrence {@code weekly}, {@code monthly}, {@code quarterly}, {@code half-yearly}, {@code yearly},
 *     {@code continuous}, or several joined with a comma; null for a one-off deadline
 */
@JsonPropertyOrder({"date", "recurrence", "text", "body", "task", "start", "end"})
public record Deadline(String date, String recurrence, String text, String body, String task, int start,
    int end) {}
