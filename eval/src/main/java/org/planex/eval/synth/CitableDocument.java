package org.planex.eval.synth;

import java.time.LocalDate;

/**
 * A real document a plan can cite.
 *
 * @param type as {@code GoldCitation.type} names it ({@code Nghị định}, {@code Thông tư} …)
 * @param number canonical number/symbol
 * @param subject the trích yếu as issued ({@code Quy định về …}, {@code Về …}, {@code Ban hành …}); for a law, its
 *     name ({@code Luật Tương trợ tư pháp})
 */
public record CitableDocument(String type, String number, LocalDate date, String issuer, String subject) {

  public boolean isLaw() {
    return type.equals("Luật") || type.equals("Bộ luật");
  }
}
