package org.planex.diacritics;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** One line of a text, {@code text[start, end)} without its line break; restoration works line by line. */
record LineSpan(int start, int end) {

  /** The lines of {@code text}, found as they are iterated (a 10 MB text is never split up front). */
  static Iterable<LineSpan> of(String text) {
    return () -> new Iterator<>() {
      private int next = 0;

      @Override
      public boolean hasNext() {
        return next <= text.length();
      }

      @Override
      public LineSpan next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int end = text.indexOf('\n', next);
        end = end < 0 ? text.length() : end;
        LineSpan line = new LineSpan(next, end);
        next = end + 1;
        return line;
      }
    };
  }
}
