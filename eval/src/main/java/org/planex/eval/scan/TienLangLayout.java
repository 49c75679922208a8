package org.planex.eval.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.eval.render.PlanLayout;
import org.planex.ingest.IngestException;
import org.planex.ingest.LocalIngester;

/**
 * The page layout of the real Tiên Lãng plan, from its restored true text: its header printed as plans print it,
 * issuer on the left and national motto on the right (the OCR'd seed ran the two columns together on each line),
 * then its paragraphs. No word is added or changed; the header lines are only cut where the columns meet.
 */
final class TienLangLayout {

  static final String NAME = "tien-lang-19-KH-UBND";
  private static final int HEADER_LINES = 3;
  /** Where the right column starts on a header line: the motto, or the place before ", ngày". */
  private static final Pattern RIGHT_COLUMN =
      Pattern.compile("^(.*?)\\s+((?:CỘNG HÒA|Độc lập).*|\\p{Lu}[^,\\d]*, ngày.*)$");

  private TienLangLayout() {}

  static PlanLayout of(Path restored, LocalIngester ingester) throws IOException, IngestException {
    List<String> lines = Files.readAllLines(restored, StandardCharsets.UTF_8);
    List<List<PlanLayout.Cell>> header = new ArrayList<>();
    for (String line : lines.subList(0, HEADER_LINES)) {
      Matcher m = RIGHT_COLUMN.matcher(line.strip());
      if (!m.matches()) {
        throw new IllegalStateException(restored + ": header line without a right column: " + line);
      }
      header.add(List.of(cell(m.group(1)), cell(m.group(2))));
    }
    List<PlanLayout.Block> blocks = new ArrayList<>();
    blocks.add(new PlanLayout.Table(header, List.of(6.5, PlanLayout.TEXT_WIDTH_CM - 6.5), false, 0));
    Path body = Files.createTempFile("tien-lang-body", ".txt");
    try {
      Files.writeString(body, String.join("\n", lines.subList(HEADER_LINES, lines.size())), StandardCharsets.UTF_8);
      for (String paragraph : ingester.ingest(body).originalText().split("\n")) {
        if (!paragraph.isBlank()) {
          blocks.add(new PlanLayout.Paragraph(paragraph.strip(), null, false));
        }
      }
    } finally {
      Files.deleteIfExists(body);
    }
    return new PlanLayout(NAME, blocks);
  }

  private static PlanLayout.Cell cell(String text) {
    return new PlanLayout.Cell(text, 1, false, false, false, true);
  }
}
