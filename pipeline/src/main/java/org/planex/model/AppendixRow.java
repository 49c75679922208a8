package org.planex.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of an {@link AppendixTable}: a cell per column key of the table's {@code headers}, in their order.
 * A cell that is empty or covered by a merge from above is {@code ""} (a row continuing the task of the row
 * above has {@code number} and {@code task} empty).
 *
 * @param start offset of the row's first cell in {@code text}
 * @param end offset just after its last cell
 */
@JsonPropertyOrder({"cells", "start", "end"})
public record AppendixRow(Map<String, String> cells, int start, int end) {

  public AppendixRow {
    cells = cells == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(cells));
  }
}
