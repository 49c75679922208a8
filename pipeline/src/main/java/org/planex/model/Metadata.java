package org.planex.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The plan's header facts, filled by segmentation. Unknown values are {@code null}, never guessed.
 *
 * @param kind e.g. {@code KẾ HOẠCH}
 * @param number the document's own number, e.g. {@code 19/KH-UBND}
 * @param symbol the symbol alone ({@code KH-UBND}) when the number is left blank, else {@code null}
 * @param date ISO date of issue
 * @param partialDate what is printed of an incomplete date of issue: {@code YYYY-MM} or {@code YYYY}
 * @param period the period the plan covers, as the title words it ({@code 6 tháng cuối năm 2025})
 */
@JsonPropertyOrder({"kind", "number", "symbol", "date", "partialDate", "place", "issuer", "unit", "province",
    "title", "period", "signer", "recipients"})
public record Metadata(String kind, String number, String symbol, String date, String partialDate, String place,
    String issuer, Unit unit, String province, String title, String period, Signer signer,
    List<String> recipients) {

  public static final Metadata EMPTY =
      new Metadata(null, null, null, null, null, null, null, null, null, null, null, null, List.of());

  public Metadata {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  /** An administrative unit: type (xã, phường, thị trấn, đặc khu) and name. */
  public record Unit(String type, String name) {}

  /** Who signed, in which position, under which authority prefix (TM., KT., Q., TL., TUQ.). */
  public record Signer(String name, String position, String authority) {}
}
