package org.planex.eval.run;

/** One part of {@code planex eval}: it scores one stage (or the gold itself) and adds tables and metrics. */
public interface EvaluationPart {

  void run(EvalContext context, Report.Builder report) throws Exception;
}
