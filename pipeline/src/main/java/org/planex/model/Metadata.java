package org.planex.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The plan's header facts, filled by segmentation. Unknown values are {@code null}, never guessed.
 *
 * @param kind e.g. {@code KẾ HOẠCH}
 * @param number the document's own number, e.g. {@code 19/KH-UBND}
 * @param date ISO date of issue
 */
@JsonPropertyOrder({"kind", "number", "date", "place", "issuer", "unit", "province", "title", "signer",
    "recipients"})
public record Metadata(String kind, String number, String date, String place, String issuer, Unit unit,
    String province, String title, Signer signer, List<String> recipients) {

  public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null, null, null, List.of());

  public Metadata {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  /** An administrative unit: type (xã, phường, thị trấn, đặc khu) and name. */
  public record Unit(String type, String name) {}

  /** Who signed, in which position, under which authority prefix (TM., KT., Q., TL., TUQ.). */
  public record Signer(String name, String position, String authority) {}
}
