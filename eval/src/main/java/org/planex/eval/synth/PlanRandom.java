package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The dice of one generated plan. Seeded from the run's seed and the plan's index alone, so a plan comes out the
 * same whichever thread makes it and whatever else is generated.
 */
public final class PlanRandom {

  private final SplittableRandom random;

  public PlanRandom(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The dice of plan {@code index} of a run seeded with {@code seed}. */
  public static PlanRandom forPlan(long seed, int index) {
    return new PlanRandom(mix(seed * 0x9E3779B97F4A7C15L + index));
  }

  /** A fresh, independent stream for one purpose (damage, say), so adding draws elsewhere does not shift it. */
  public PlanRandom fork(String purpose) {
    return new PlanRandom(mix(random.nextLong() ^ purpose.hashCode()));
  }

  public int below(int bound) {
    return random.nextInt(bound);
  }

  /** An int in {@code [low, high]}. */
  public int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  public double unit() {
    return random.nextDouble();
  }

  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  public <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** {@code count} distinct items (all of them when there are fewer), in random order. */
  public <T> List<T> pickDistinct(List<T> items, int count) {
    List<T> pool = new ArrayList<>(items);
    List<T> out = new ArrayList<>();
    while (out.size() < count && !pool.isEmpty()) {
      out.add(pool.remove(random.nextInt(pool.size())));
    }
    return out;
  }

  /** MurmurHash3's finaliser: neighbouring seeds give unrelated streams. */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
