package org.planex.eval.gold;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.planex.model.Metadata;

/**
 * Header facts of a gold plan: the document model's {@link Metadata} plus what segmentation must keep when a
 * value is only partly printed.
 *
 * @param symbol the symbol when the number is left blank ({@code Số: /KH-UBND} gives {@code KH-UBND})
 * @param partialDate {@code YYYY-MM} or {@code YYYY} when the day is blank
 * @param period the period the plan covers, as its title says ({@code 6 tháng cuối năm 2025})
 */
@JsonPropertyOrder({"kind", "number", "symbol", "date", "partialDate", "place", "issuer", "unit", "province",
    "title", "period", "signer", "recipients"})
public record GoldMetadata(String kind, String number, String symbol, String date, String partialDate,
    String place, String issuer, Metadata.Unit unit, String province, String title, String period,
    Metadata.Signer signer, List<String> recipients) {

  public GoldMetadata {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }
}
