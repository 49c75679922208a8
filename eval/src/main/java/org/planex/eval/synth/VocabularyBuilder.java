package org.planex.eval.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds the generator's vocabulary files from the shared data and the corpus ({@code planex synth vocab}): the
 * 2025 communes, citations mined from the legal code, and the OCR confusion table. The hand-written files beside
 * them (bodies, phrases, quota and deadline patterns) are left alone.
 */
public final class VocabularyBuilder {

  public static final String COMMUNES = "communes.tsv";
  public static final String CITATIONS = "citations.tsv";

  static final Path GAZETTEER = Path.of("gazetteer/units-2025/vn_units_2025.json");
  static final Path LEGAL_CODE = Path.of("legal/phapdien_dieu.txt");
  static final Path OCR_DAMAGED = Path.of("plans/tien-lang-19-KH-UBND.txt");
  static final Path OCR_TRUTH = Path.of("annotations/tien-lang.restored.txt");

  private final Path data;
  private final Path corpus;
  private final Consumer<String> log;

  /**
   * @param data the shared data folder ({@code ../shared/data})
   * @param corpus the project's {@code corpus/} folder, for the OCR'd plan and its restored text
   */
  public VocabularyBuilder(Path data, Path corpus, Consumer<String> log) {
    this.data = data;
    this.corpus = corpus;
    this.log = log;
  }

  /** Writes the built files into {@code out} (the resource folder of this package). */
  public void build(Path out) throws IOException {
    List<Commune> communes = GazetteerCommunes.read(data.resolve(GAZETTEER));
    List<List<String>> communeRows = new ArrayList<>();
    for (Commune c : communes) {
      communeRows.add(List.of(c.type(), c.name(), c.province(), c.provinceKind()));
    }
    TsvResource.write(out.resolve(COMMUNES), List.of(
        "Communes, wards and special zones after the July 2025 reform: type, name, province, province kind.",
        "Built by ./planex synth vocab from " + GAZETTEER + " (thanglequoc/vietnamese-provinces-database, MIT)."),
        communeRows);
    log.accept(String.format("%s: %,d units", COMMUNES, communes.size()));

    List<CitableDocument> citations = LegalCodeCitations.mine(data.resolve(LEGAL_CODE));
    List<List<String>> citationRows = new ArrayList<>();
    for (CitableDocument d : citations) {
      citationRows.add(List.of(d.type(), d.number(), d.date().toString(), d.issuer(), d.subject()));
    }
    TsvResource.write(out.resolve(CITATIONS), List.of(
        "Real documents: type, canonical number, ISO date, issuer, subject (a law's name for a law).",
        "Mined by ./planex synth vocab from the notes closing the articles of " + LEGAL_CODE
            + " (official legal text, not protected by copyright)."),
        citationRows);
    log.accept(String.format("%s: %,d documents", CITATIONS, citations.size()));

    List<String> truth = Files.readAllLines(corpus.resolve(OCR_TRUTH), StandardCharsets.UTF_8);
    List<String> damaged = Files.readAllLines(corpus.resolve(OCR_DAMAGED), StandardCharsets.UTF_8);
    OcrConfusions confusions = OcrConfusions.learn(truth, damaged);
    TsvResource.write(out.resolve(OcrConfusions.RESOURCE), List.of(
        "OCR confusions: true character, what OCR gave for it (\\s = space, \\0 = nothing), count.",
        "Learned by ./planex synth vocab from corpus/" + OCR_DAMAGED + " against corpus/" + OCR_TRUTH + ";",
        String.format("there, %.1f%% of the syllables were changed.", 100 * SyllableChange.share(truth, damaged))),
        confusions.rows());
    log.accept(String.format("%s: %,d confusions", OcrConfusions.RESOURCE, confusions.rows().size()));
  }
}
