package org.planex.eval.synth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Vietnamese personal names put together from common parts ({@code persons.tsv}), for signers. */
public final class PersonNames {

  public static final String RESOURCE = "persons.tsv";

  private final Map<String, List<String>> parts;

  private PersonNames(Map<String, List<String>> parts) {
    this.parts = parts;
  }

  public static PersonNames bundled() {
    Map<String, List<String>> parts = new HashMap<>();
    for (String[] row : TsvResource.rows(RESOURCE)) {
      parts.put(row[0], List.of(row[1].split("\\|")));
    }
    return new PersonNames(parts);
  }

  public String draw(PlanRandom random) {
    String sex = random.chance(0.6) ? "male" : "female";
    return random.pick(parts.get("surname")) + " " + random.pick(parts.get("middle-" + sex)) + " "
        + random.pick(parts.get("given-" + sex));
  }
}
