package org.planex.eval.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planex.diacritics.DiacriticRestorer;
import org.planex.diacritics.DiacriticsModel;
import org.planex.eval.run.HeldOutSlices;
import org.planex.eval.run.Percent;
import org.planex.eval.score.SyllableAccuracy;
import org.planex.text.AccentFolding;
import org.planex.text.TonePlacement;

/**
 * Syllable accuracy of a freshly trained model on the development text training left out (ten laws and
 * UD-VTB's dev split), stripped, against the most-frequent-form baseline; and how much of the same text, left
 * accented, the restorer changes. What training choices are tuned on, so that the evaluation sets stay unseen.
 */
final class DevelopmentCheck {

  private final Map<String, List<String>> sets = new LinkedHashMap<>();

  DevelopmentCheck(Path data) throws IOException {
    List<String> legal = new ArrayList<>();
    for (Path law : TrainingCorpus.devLaws(data)) {
      legal.addAll(HeldOutSlices.runningSentences(law));
    }
    sets.put("development laws (10)", legal);
    Path udDev = data.resolve("general/ud-vtb/vi_vtb-ud-dev.txt");
    if (Files.isRegularFile(udDev)) {
      sets.put("UD-VTB dev", Files.readAllLines(udDev, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank())
          .map(line -> TonePlacement.toClassic(Normalizer.normalize(line, Normalizer.Form.NFC))).toList());
    }
  }

  /** Adds the development text to the text training must not repeat. */
  void addTo(HeldOutShingles shingles) {
    sets.values().forEach(lines -> shingles.addText(String.join("\n", lines)));
  }

  /** A table: per set, syllables, baseline accuracy, model accuracy, and changes to accented text. */
  String run(DiacriticsModel model) {
    DiacriticRestorer viterbi = DiacriticRestorer.viterbi(model);
    DiacriticRestorer baseline = DiacriticRestorer.mostFrequentForm(model);
    StringBuilder out = new StringBuilder("| development set | syllables | most frequent form | model "
        + "| accented text unchanged |\n|---|---:|---:|---:|---:|\n");
    for (Map.Entry<String, List<String>> set : sets.entrySet()) {
      String gold = String.join("\n", set.getValue());
      String stripped = AccentFolding.fold(gold);
      SyllableAccuracy.Tally base = SyllableAccuracy.compareLines(gold, baseline.restore(stripped).text());
      SyllableAccuracy.Tally restored = SyllableAccuracy.compareLines(gold, viterbi.restore(stripped).text());
      SyllableAccuracy.Tally kept = SyllableAccuracy.compareLines(gold, viterbi.restore(gold).text());
      out.append("| ").append(set.getKey()).append(" | ").append(Percent.count(base.total())).append(" | ")
          .append(Percent.of(base.accuracy())).append(" | ").append(Percent.of(restored.accuracy())).append(" | ")
          .append(Percent.of(kept.accuracy())).append(" |\n");
    }
    return out.toString();
  }
}
