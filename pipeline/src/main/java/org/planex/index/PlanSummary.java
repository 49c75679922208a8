package org.planex.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.planex.model.Metadata;
import org.planex.model.PlanDocument;

/**
 * The header of an indexed plan, as a result shows it.
 *
 * @param id the plan's id in the index ({@code GET /api/documents/{id}})
 * @param path the source file as it was given when processed
 * @param date the date of issue, or what is printed of it
 * @param unit type and name, e.g. {@code xã Tiên Lãng}
 */
@JsonPropertyOrder({"id", "path", "kind", "number", "date", "unit", "province", "title"})
public record PlanSummary(String id, String path, String kind, String number, String date, String unit,
    String province, String title) {

  static PlanSummary of(String id, PlanDocument plan) {
    Metadata m = plan.metadata();
    return new PlanSummary(id, plan.source().path(), m.kind(), m.number(),
        m.date() != null ? m.date() : m.partialDate(), PlanBlock.unitName(m.unit()), m.province(), m.title());
  }
}
