package org.planex.segment;

import java.util.List;
import org.planex.model.AppendixRow;

/** The column keys and rows read from one table, with the offsets of its first and last lines. */
record TableRows(List<String> headers, List<AppendixRow> rows, int start, int end) {}
