package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planex.model.Body;

/** The bodies of a plan being written: one entry per (body, role), tasks in the order the plan gives them. */
final class BodyLedger {

  private record Key(String name, String role) {}

  private final Map<Key, List<String>> tasks = new LinkedHashMap<>();

  void add(String name, String role, String task) {
    List<String> list = tasks.computeIfAbsent(new Key(name, role), k -> new ArrayList<>());
    if (!list.contains(task)) {
      list.add(task);
    }
  }

  List<Body> bodies() {
    List<Body> bodies = new ArrayList<>();
    tasks.forEach((key, list) -> bodies.add(new Body(key.name(), key.role(), list)));
    return bodies;
  }
}
