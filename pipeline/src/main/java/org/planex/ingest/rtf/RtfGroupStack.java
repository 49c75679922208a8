package org.planex.ingest.rtf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestFailure;

/**
 * The open groups, innermost last, kept on the heap rather than the call stack so that nesting depth cannot
 * overflow it. A group is given its own state only when it changes one: groups that only nest share their
 * parent's, so even a file of nothing but '{' costs constant memory.
 */
final class RtfGroupStack {

  private final List<RtfGroupState> states = new ArrayList<>();
  /** For each stored state, how many further open groups share it unchanged. */
  private int[] sharing = new int[64];
  private final int maxStates;
  private long depth;

  RtfGroupStack(int maxStates) {
    this.maxStates = maxStates;
  }

  boolean isEmpty() {
    return depth == 0;
  }

  /** How many groups are open. */
  long depth() {
    return depth;
  }

  /** The state in force: read it freely, but change it only through {@link #mutable()}. */
  RtfGroupState current() {
    return states.getLast();
  }

  void open() {
    if (states.isEmpty()) {
      states.add(new RtfGroupState());
    } else {
      sharing[states.size() - 1]++;
    }
    depth++;
  }

  void close() {
    int top = states.size() - 1;
    if (sharing[top] > 0) {
      sharing[top]--;
    } else {
      states.removeLast();
    }
    depth--;
  }

  /**
   * The innermost group's own state, copied from its parent's first if the two were shared.
   *
   * @throws IngestException when groups that each change something nest deeper than any real document does
   */
  RtfGroupState mutable() throws IngestException {
    int top = states.size() - 1;
    if (sharing[top] == 0) {
      return states.get(top);
    }
    if (states.size() >= maxStates) {
      throw new IngestException(IngestFailure.CORRUPT_FILE,
          String.format("cannot parse RTF: groups nested more than %,d deep", maxStates));
    }
    sharing[top]--;
    RtfGroupState copy = states.get(top).copy();
    states.add(copy);
    if (states.size() > sharing.length) {
      sharing = Arrays.copyOf(sharing, sharing.length * 2);
    }
    sharing[states.size() - 1] = 0;
    return copy;
  }
}
