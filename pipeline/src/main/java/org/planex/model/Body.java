package org.planex.model;

import java.util.List;

/**
 * A responsible body and the tasks the plan assigns to it.
 *
 * @param role {@code lead} (chủ trì), {@code support} (phối hợp) or {@code requested} (đề nghị)
 */
public record Body(String name, String role, List<String> tasks) {

  public Body {
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
  }
}
