package org.planex.eval.run;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.planex.model.PlanJson;

/**
 * The minimum each metric may fall to ({@code eval/floors.json}: metric name → minimum). A floor whose metric
 * is missing from the run fails too: a stage that stopped being scored is a regression, not a pass. Floors are
 * raised as the pipeline improves, never lowered to let a change through.
 */
public record Floors(Map<String, Double> minimums) {

  public static Floors read(Path file) throws IOException {
    return new Floors(new TreeMap<>(PlanJson.mapper().readValue(file.toFile(),
        new TypeReference<Map<String, Double>>() {})));
  }

  /** One line per metric below its floor or missing; empty when every floor holds. */
  public List<String> violations(Map<String, Double> metrics) {
    return violations(metrics, metric -> false);
  }

  /**
   * As {@link #violations(Map)}, except that a metric {@code excused} says could not be measured here (the
   * held-out news slice on a machine without {@code ../shared/data}) may be missing.
   */
  public List<String> violations(Map<String, Double> metrics, java.util.function.Predicate<String> excused) {
    List<String> violations = new ArrayList<>();
    minimums.forEach((metric, minimum) -> {
      Double value = metrics.get(metric);
      if (value == null && excused.test(metric)) {
        return;
      }
      if (value == null) {
        violations.add(metric + ": not measured by this run (floor " + minimum + ")");
      } else if (value + 1e-9 < minimum) {
        violations.add(String.format(Locale.ROOT, "%s: %.4f is below its floor %.4f", metric, value, minimum));
      }
    });
    return violations;
  }

  /**
   * These floors, each raised to what {@code metrics} measured (rounded down to 0.001, for machine noise),
   * and new floors for measured metrics that had none; never lowered. Baselines ({@code .input}: the input
   * left as is) are references, not quality, and get no floor.
   */
  public Floors raisedTo(Map<String, Double> metrics) {
    Map<String, Double> raised = new TreeMap<>(minimums);
    metrics.forEach((metric, value) -> {
      if (!metric.endsWith(".input")) {
        double measured = Math.floor(value * 1000 + 1e-6) / 1000;
        raised.merge(metric, measured, Math::max);
      }
    });
    return new Floors(raised);
  }

  public void write(Path file) throws IOException {
    Files.writeString(file, PlanJson.mapper().writeValueAsString(new TreeMap<>(minimums)) + "\n");
  }
}
