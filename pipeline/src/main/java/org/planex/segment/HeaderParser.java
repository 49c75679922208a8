package org.planex.segment;

import java.util.List;
import org.planex.model.Metadata;

/** Reads the header facts of a plan: kind, number, date, place, issuer, unit, province, title, signer. */
final class HeaderParser {

  private HeaderParser() {}

  static Metadata parse(List<TextLine> lines, PlanParts parts) {
    return Metadata.EMPTY;
  }
}
