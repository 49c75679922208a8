package org.planex.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A legal document cited by the plan.
 *
 * @param type e.g. {@code Nghị quyết}
 * @param number canonical number/symbol, e.g. {@code 76/NQ-CP}
 * @param date ISO date of the cited document
 * @param id stable canonical identity shared by every spelling of the same document
 * @param text the citation as written
 */
@JsonPropertyOrder({"type", "number", "date", "issuer", "id", "text", "start", "end"})
public record Citation(String type, String number, String date, String issuer, String id, String text, int start,
    int end) {}
