package org.planex.eval.gold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.planex.ingest.IngestException;
import org.planex.ingest.Ingester;

/** The text a plan really says: the restored text of an OCR'd plan, else the ingested text of its primary file. */
public final class TrueText {

  private TrueText() {}

  public static String of(AnnotatedPlan plan, Ingester ingester) throws IOException, IngestException {
    if (plan.restoredText().isPresent()) {
      return Files.readString(plan.restoredText().get(), StandardCharsets.UTF_8);
    }
    return ingester.ingest(plan.primary()).originalText();
  }
}
