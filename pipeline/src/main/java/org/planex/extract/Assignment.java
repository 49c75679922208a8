package org.planex.extract;

/**
 * One task given to one body in one role, where the plan says so: the unit bodies, and the quotas and deadlines
 * found inside the task, are built from.
 *
 * @param role {@code lead}, {@code support} or {@code requested}
 * @param start offset of the task's text in the extracted text, or -1 when it comes from an ingested table
 */
record Assignment(String body, String role, String task, int start, int end) {

  boolean covers(int offset) {
    return start <= offset && offset < end;
  }
}
