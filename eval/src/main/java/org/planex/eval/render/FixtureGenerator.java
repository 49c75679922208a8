package org.planex.eval.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.PlanDocument;

/**
 * Renders every diacritized seed in every format, and the legacy-encoding variants, next to the seed: the
 * content comes from ingesting the seed itself, so the renderings differ from it only in format.
 */
public final class FixtureGenerator {

  /** The date written into documents and archives; a constant, so the files do not change when regenerated. */
  public static final Instant STAMP = Instant.parse("2025-09-01T00:00:00Z");

  private final Path plans;
  private final Path data;
  private final Path fontDir;
  private final Optional<DocConverter> docConverter;
  private final Consumer<String> log;

  /**
   * @param plans the folder holding the seed .txt files, where the renderings are written
   * @param data the folder of rendering data (the appendix table)
   * @param docConverter LibreOffice for the .doc renderings, or empty to skip them
   */
  public FixtureGenerator(Path plans, Path data, Path fontDir, Optional<DocConverter> docConverter,
      Consumer<String> log) {
    this.plans = plans;
    this.data = data;
    this.fontDir = fontDir;
    this.docConverter = docConverter;
    this.log = log;
  }

  /** Writes all renderings and returns their paths. */
  public List<Path> generate() throws IOException, IngestException, InterruptedException {
    LocalIngester ingester = new LocalIngester(IngestLimits.DEFAULT);
    List<Path> written = new ArrayList<>();
    for (Seed seed : Seed.values()) {
      Path txt = plans.resolve(seed.textFile());
      PlanDocument plan = ingester.ingest(txt);
      AppendixTable appendix = seed.appendixFile() == null ? null
          : AppendixTable.read(data.resolve(seed.appendixFile()));
      PlanLayout layout = PlanLayout.of(seed, plan, appendix);

      Path docx = write(written, seed.base() + ".docx", new DocxWriter(FontTyping.unicode(), STAMP).write(layout));
      write(written, seed.base() + ".pdf", new PdfWriter(fontDir, STAMP).write(layout));
      write(written, seed.base() + ".odt", new OdtWriter(STAMP).write(layout));
      write(written, seed.base() + ".html", new HtmlWriter().write(layout));
      write(written, seed.base() + ".rtf", new RtfWriter().write(layout));
      if (docConverter.isPresent()) {
        Path doc = plans.resolve(seed.base() + ".doc");
        docConverter.get().convert(docx, doc);
        written.add(doc);
        log.accept("wrote " + doc + " (LibreOffice from the .docx)");
      }
      legacy(seed, txt, layout, written);
    }
    return written;
  }

  private void legacy(Seed seed, Path txt, PlanLayout layout, List<Path> written) throws IOException {
    LegacyTextWriter text = new LegacyTextWriter();
    switch (seed) {
      case MO_LAO -> write(written, seed.base() + ".tcvn3.txt", text.tcvn3(seedText(txt)));
      case THUONG_XUAN -> write(written, seed.base() + ".cp1258.txt", text.windows1258(seedText(txt)));
      case PHU_VAN -> {
        write(written, seed.base() + ".utf16.txt", text.utf16le(seedText(txt)));
        write(written, seed.base() + ".vni.docx", new DocxWriter(FontTyping.vni(), STAMP).write(layout));
      }
      case VIET_KHE -> write(written, seed.base() + ".tcvn3.docx",
          new DocxWriter(FontTyping.tcvn3(), STAMP).write(layout));
    }
  }

  /** The seed file's own characters, line breaks and Markdown included, for the plain-text variants. */
  private static String seedText(Path txt) throws IOException {
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private Path write(List<Path> written, String name, byte[] bytes) throws IOException {
    Path file = plans.resolve(name);
    Files.write(file, bytes);
    written.add(file);
    log.accept(String.format("wrote %s (%,d bytes)", file, bytes.length));
    return file;
  }
}
