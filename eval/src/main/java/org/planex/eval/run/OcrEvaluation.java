package org.planex.eval.run;

/**
 * OCR: character error rate of scanned fixtures against the text they were rendered from. The OCR issue adds
 * the fixtures and the stage; until then this part says so.
 */
final class OcrEvaluation implements EvaluationPart {

  @Override
  public void run(EvalContext context, Report.Builder report) {
    if (StageStatus.find("ocr").isEmpty()) {
      report.table("## ocr — character error rate of scanned fixtures\n\nNot built yet (issue 7): not scored.\n");
      return;
    }
    throw new IllegalStateException("an ocr stage exists but its evaluation is not written");
  }
}
