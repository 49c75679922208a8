package org.planex.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A numeric target, e.g. "tối thiểu 02 tin, bài/tháng trên hệ thống truyền thanh".
 *
 * @param quantity as written, leading zeros kept ("02")
 * @param comparator e.g. {@code tối thiểu}
 */
@JsonPropertyOrder({"quantity", "unit", "period", "comparator", "channel", "body", "text"})
public record Quota(String quantity, String unit, String period, String comparator, String channel, String body,
    String text) {}
