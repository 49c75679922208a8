package org.planex.eval.gold;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A document cited by a gold plan, once however often it is mentioned.
 *
 * @param number canonical number/symbol, null for a law cited by its name
 * @param title the trích yếu when stated, or the name of a law cited without a number
 */
@JsonPropertyOrder({"type", "number", "date", "issuer", "title"})
public record GoldCitation(String type, String number, String date, String issuer, String title) {}
