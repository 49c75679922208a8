package org.planex.diacritics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.planex.model.PlanDocument;
import org.planex.model.Warning;
import org.planex.pipeline.Stage;

/**
 * The diacritics stage: fills {@link PlanDocument#text} with {@link PlanDocument#originalText} restored
 * ({@link DiacriticRestorer}). Restoration changes letters only, one for one, so every offset into
 * {@code originalText} is the same offset into {@code text}. Changes the model is unsure of become warnings
 * with their offsets; a document without a model to restore it passes through with a warning.
 */
public final class DiacriticsStage implements Stage {

  public static final String NAME = "diacritics";
  /** Changes whose best path is less than this many times (log10) likelier than the runner-up are flagged. */
  public static final float LOW_CONFIDENCE_MARGIN = 1.0f;
  /** Beyond this many, low-confidence changes are counted in one warning rather than listed. */
  static final int MAX_LISTED = 100;

  private final Supplier<Optional<DiacriticRestorer>> restorer;

  /** The stage with the committed model ({@link SharedModel}), loaded on first use. */
  public DiacriticsStage() {
    this.restorer = () -> SharedRestorer.RESTORER;
  }

  public DiacriticsStage(DiacriticsModel model) {
    Optional<DiacriticRestorer> own = Optional.of(DiacriticRestorer.viterbi(model));
    this.restorer = () -> own;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> requires() {
    return Set.of();
  }

  @Override
  public PlanDocument apply(PlanDocument document) {
    String original = document.originalText();
    if (original == null) {
      return document;
    }
    Optional<DiacriticRestorer> active = restorer.get();
    if (active.isEmpty()) {
      return document.withText(original).withWarnings(List.of(Warning.of(NAME, "no-model",
          "no diacritics model at " + SharedModel.expectedLocation() + ": text left as it was")));
    }
    Restoration restoration = active.get().restore(original);
    return document.withText(restoration.text()).withWarnings(warnings(restoration));
  }

  private static List<Warning> warnings(Restoration restoration) {
    List<Warning> warnings = new ArrayList<>();
    if (restoration.changed().isEmpty()) {
      return warnings;
    }
    List<RestoredToken> unsure = restoration.lowConfidence(LOW_CONFIDENCE_MARGIN);
    warnings.add(Warning.of(NAME, "restored", String.format(Locale.ROOT,
        "diacritics restored on %d of %d syllables without them; %d changes uncertain",
        restoration.changed().size(), restoration.syllablesRestored(), unsure.size())));
    for (RestoredToken token : unsure.subList(0, Math.min(MAX_LISTED, unsure.size()))) {
      warnings.add(new Warning(NAME, "low-confidence", String.format(Locale.ROOT, "%s restored as %s "
          + "(confidence %.2f)", token.original(), token.restored(), token.confidence()), token.start(), token.end()));
    }
    if (unsure.size() > MAX_LISTED) {
      warnings.add(Warning.of(NAME, "low-confidence", (unsure.size() - MAX_LISTED) + " more uncertain changes "
          + "not listed"));
    }
    return warnings;
  }

  /** The restorer over the shared model, built once on first use. */
  private static final class SharedRestorer {
    static final Optional<DiacriticRestorer> RESTORER = SharedModel.get().map(DiacriticRestorer::viterbi);
  }
}
