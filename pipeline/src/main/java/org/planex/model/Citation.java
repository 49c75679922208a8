package org.planex.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A legal document cited by the plan, once however often it is mentioned; the fields come from its fullest
 * mention, the offsets from its first.
 *
 * @param type e.g. {@code Nghị quyết}
 * @param number canonical number/symbol, e.g. {@code 76/NQ-CP}; null for a law cited by its name
 * @param date ISO date of the cited document
 * @param issuer the issuing body, acronyms expanded ({@code Ủy ban nhân dân tỉnh Ninh Bình})
 * @param title the trích yếu when the plan states it, or the name of a law cited by name
 * @param id stable canonical identity shared by every spelling of the same document
 * @param text the first mention as written
 * @param mentions how many times the plan mentions the document
 * @param section label of the section holding the first mention ({@code legal-basis}, {@code content} …)
 */
@JsonPropertyOrder({"type", "number", "date", "issuer", "title", "id", "text", "start", "end", "mentions",
    "section"})
public record Citation(String type, String number, String date, String issuer, String title, String id,
    String text, int start, int end, int mentions, String section) {}
