package org.planex.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planex.model.Body;

/** Gathers assignments into one body entry per (body, role), tasks in plan order and each once. */
final class BodyLedger {

  private record Key(String body, String role) {}

  private final Map<Key, String> names = new LinkedHashMap<>();
  private final Map<Key, Set<String>> tasks = new LinkedHashMap<>();

  void add(Assignment assignment) {
    if (assignment.task() == null || assignment.task().isBlank()) {
      return;
    }
    Key key = new Key(BodyName.key(assignment.body()), assignment.role());
    names.putIfAbsent(key, assignment.body());
    tasks.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(assignment.task());
  }

  List<Body> bodies() {
    List<Body> out = new ArrayList<>();
    tasks.forEach((key, list) -> out.add(new Body(names.get(key), key.role(), List.copyOf(list))));
    return out;
  }
}
