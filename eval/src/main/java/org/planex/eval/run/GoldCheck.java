package org.planex.eval.run;

import java.util.ArrayList;
import java.util.List;
import org.planex.eval.gold.AnnotatedPlan;
import org.planex.eval.gold.GoldValidator;
import org.planex.eval.gold.TrueText;

/** The gold itself: every file readable and valid against the guideline, or the scores below mean little. */
final class GoldCheck implements EvaluationPart {

  @Override
  public void run(EvalContext context, Report.Builder report) throws Exception {
    List<String> problems = new ArrayList<>(context.corpus().unreadable());
    for (AnnotatedPlan plan : context.corpus().plans()) {
      for (String problem : GoldValidator.validate(plan.gold(), TrueText.of(plan, context.ingester()))) {
        problems.add(plan.name() + ": " + problem);
      }
    }
    int files = context.corpus().plans().size() + context.corpus().unreadable().size();
    long bad = context.corpus().unreadable().size() + context.corpus().plans().stream()
        .filter(plan -> problems.stream().anyMatch(p -> p.startsWith(plan.name() + ": "))).count();
    report.metric("gold.valid", files == 0 ? 0 : (double) (files - bad) / files);
    StringBuilder table = new StringBuilder("## Gold annotations\n\n");
    table.append(files - bad).append(" of ").append(files).append(" gold files valid (`planex eval --validate`).\n");
    problems.stream().limit(20).forEach(p -> table.append("- ").append(p).append('\n'));
    if (problems.size() > 20) {
      table.append("- … ").append(problems.size() - 20).append(" more\n");
    }
    report.table(table.toString());
  }
}
