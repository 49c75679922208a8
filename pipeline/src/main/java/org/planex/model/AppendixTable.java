package org.planex.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A table of the plan's appendix (PHỤ LỤC) read into rows with named columns, with offsets into {@code text}
 * like sections.
 *
 * @param title the appendix's subject line(s) above the table, e.g. {@code NHIỆM VỤ TUYÊN TRUYỀN …}; null when
 *     none is printed
 * @param headers the column keys in table order: {@code number}, {@code task}, {@code product}, {@code lead},
 *     {@code support}, {@code time} for the columns they name, other headers as written in lower case
 */
@JsonPropertyOrder({"title", "headers", "rows", "start", "end"})
public record AppendixTable(String title, List<String> headers, List<AppendixRow> rows, int start, int end) {

  public AppendixTable {
    headers = headers == null ? List.of() : List.copyOf(headers);
    rows = rows == null ? List.of() : List.copyOf(rows);
  }
}
