package org.planex.eval.synth;

import java.util.List;

/**
 * A body plans give tasks to ({@code bodies.tsv}): its canonical name as the gold writes it, and the ways plans
 * print it. {@code {u}} stands for the unit type, {@code {n}} for the unit's proper name.
 *
 * @param role {@code lead}, {@code requested} or {@code group} (a collective, named in the gold as printed)
 * @param units {@code any}, {@code commune} (xã, đặc khu) or {@code ward}
 */
public record BodyName(String key, String role, String units, String canonical, List<String> variants) {

  public BodyName {
    variants = List.copyOf(variants);
  }

  public boolean suits(Commune commune) {
    return units.equals("any") || units.equals(commune.isWard() ? "ward" : "commune");
  }

  public boolean isGroup() {
    return role.equals("group");
  }

  /** The gold's name of this body in {@code commune}'s plan. */
  public String canonical(Commune commune) {
    return fill(canonical, commune);
  }

  /** One way the plan prints it. */
  public String printed(Commune commune, PlanRandom random) {
    return fill(random.pick(variants), commune);
  }

  private static String fill(String name, Commune commune) {
    return name.replace("{u}", commune.type()).replace("{n}", commune.name());
  }
}
