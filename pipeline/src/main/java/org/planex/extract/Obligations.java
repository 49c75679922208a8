package org.planex.extract;

import java.util.List;

/** Which assignment an offset of the plan falls in, so a quota or deadline binds the body and task around it. */
final class Obligations {

  private static final List<String> PREFERENCE = List.of("lead", "requested", "support");

  private final List<Assignment> assignments;
  private final List<TaskRow> rows;

  Obligations(List<Assignment> assignments, List<TaskRow> rows) {
    this.assignments = assignments;
    this.rows = rows;
  }

  /** The assignment covering {@code offset}, the narrowest first, a leading role before a supporting one. */
  Assignment at(int offset) {
    Assignment best = null;
    for (Assignment a : assignments) {
      if (a.covers(offset) && (best == null || a.end() - a.start() < best.end() - best.start()
          || a.end() - a.start() == best.end() - best.start()
              && PREFERENCE.indexOf(a.role()) < PREFERENCE.indexOf(best.role()))) {
        best = a;
      }
    }
    return best;
  }

  /** The appendix row whose line holds {@code offset}, or null. */
  TaskRow rowAt(int offset) {
    for (TaskRow row : rows) {
      if (row.start() <= offset && offset < row.end()) {
        return row;
      }
    }
    return null;
  }
}
