package org.planex.eval.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planex.eval.render.AppendixTable;
import org.planex.eval.render.DocxWriter;
import org.planex.eval.render.FixtureGenerator;
import org.planex.eval.render.FontTyping;
import org.planex.eval.render.HtmlWriter;
import org.planex.eval.render.OdtWriter;
import org.planex.eval.render.PdfWriter;
import org.planex.eval.render.PlanLayout;
import org.planex.eval.render.RtfWriter;
import org.planex.eval.render.Seed;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;

/**
 * Many distinct plan files for batch runs: the four diacritized seeds, each copy issued by another commune and
 * numbered, written in turn as TXT, HTML, DOCX, ODT, RTF and PDF. Deterministic: the same count gives the same
 * files. (The annotated synthetic corpus of the evaluation harness goes further; this only needs volume.)
 */
public final class PlanVariants {

  /** The formats, in the order variants cycle through them. */
  public static final List<String> FORMATS = List.of("txt", "html", "docx", "odt", "rtf", "pdf");

  // Real commune and ward names, standing in for the seed's own unit in each copy.
  private static final List<String> UNITS = List.of("Tân Minh", "Kiến Thụy", "An Lão", "Quang Trung", "Yên Mô",
      "Gia Viễn", "Hoa Lư", "Nam Sách", "Đông Hưng", "Quỳnh Lưu", "Thạch Hà", "Cẩm Giàng");
  private static final Map<Seed, String> SEED_UNITS = Map.of(Seed.VIET_KHE, "Việt Khê", Seed.PHU_VAN, "Phù Vân",
      Seed.THUONG_XUAN, "Thường Xuân", Seed.MO_LAO, "Mộ Lao");

  private final Map<Seed, PlanLayout> layouts = new LinkedHashMap<>();
  private final Path fontDir;

  /** Reads the seeds (and the appendix data) of a corpus: {@code corpus/plans} and {@code corpus/render}. */
  public PlanVariants(Path plans, Path renderData, Path fontDir) throws IOException, IngestException {
    this.fontDir = fontDir;
    LocalIngester ingester = new LocalIngester(IngestLimits.DEFAULT);
    for (Seed seed : Seed.values()) {
      AppendixTable appendix = seed.appendixFile() == null ? null
          : AppendixTable.read(renderData.resolve(seed.appendixFile()));
      layouts.put(seed, PlanLayout.of(seed, ingester.ingest(plans.resolve(seed.textFile())), appendix));
    }
  }

  /**
   * Writes {@code count} variants into {@code dir}.
   *
   * @return file name → the closing sentence unique to that file ("Bản số k."), to find it again
   */
  public Map<String, String> write(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    List<Seed> seeds = List.copyOf(layouts.keySet());
    Map<String, String> markers = new LinkedHashMap<>();
    for (int k = 0; k < count; k++) {
      Seed seed = seeds.get(k % seeds.size());
      String format = FORMATS.get((k / seeds.size()) % FORMATS.size());
      String unit = UNITS.get((k / (seeds.size() * FORMATS.size())) % UNITS.size());
      String marker = "Bản số " + (k + 1) + ".";
      PlanLayout layout = variant(layouts.get(seed), SEED_UNITS.get(seed), unit, marker);
      String name = String.format("%05d-%s.%s", k + 1, seed.base(), format);
      Files.write(dir.resolve(name), render(layout, format));
      markers.put(name, marker);
    }
    return markers;
  }

  private byte[] render(PlanLayout layout, String format) throws IOException {
    return switch (format) {
      case "txt" -> plainText(layout).getBytes(StandardCharsets.UTF_8);
      case "html" -> new HtmlWriter().write(layout);
      case "docx" -> new DocxWriter(FontTyping.unicode(), FixtureGenerator.STAMP).write(layout);
      case "odt" -> new OdtWriter(FixtureGenerator.STAMP).write(layout);
      case "rtf" -> new RtfWriter().write(layout);
      case "pdf" -> new PdfWriter(fontDir, FixtureGenerator.STAMP).write(layout);
      default -> throw new IllegalArgumentException(format);
    };
  }

  private static PlanLayout variant(PlanLayout base, String from, String to, String marker) {
    List<PlanLayout.Block> blocks = new ArrayList<>();
    for (PlanLayout.Block block : base.blocks()) {
      blocks.add(switch (block) {
        case PlanLayout.Paragraph p -> new PlanLayout.Paragraph(p.text().replace(from, to), p.headingLevel(), p.bold());
        case PlanLayout.Table t -> new PlanLayout.Table(t.rows().stream().map(row -> row.stream()
            .map(c -> new PlanLayout.Cell(c.text().replace(from, to), c.rowSpan(), c.covered(), c.bold(), c.italic(),
                c.centered())).toList()).toList(), t.widthsCm(), t.ruled(), t.headerRows());
      });
    }
    blocks.add(new PlanLayout.Paragraph(marker, null, false));
    return new PlanLayout(base.title(), blocks);
  }

  /** One paragraph a line, table rows with tab-separated cells: what a plain-text export looks like. */
  private static String plainText(PlanLayout layout) {
    StringBuilder out = new StringBuilder();
    for (PlanLayout.Block block : layout.blocks()) {
      switch (block) {
        case PlanLayout.Paragraph p -> out.append(p.text()).append('\n');
        case PlanLayout.Table t -> t.rows().forEach(row -> out.append(String.join("\t",
            row.stream().map(PlanLayout.Cell::text).toList())).append('\n'));
      }
    }
    return out.toString();
  }
}
