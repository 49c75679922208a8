package org.planex.eval.synth;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import org.planex.eval.render.DocxWriter;
import org.planex.eval.render.FixtureGenerator;
import org.planex.eval.render.FontTyping;
import org.planex.eval.render.HtmlWriter;
import org.planex.eval.render.LegacyTextWriter;
import org.planex.eval.render.PdfWriter;
import org.planex.eval.synth.PlainText.Arrangement;

/**
 * The formats a synthetic plan is written in. Text formats are written directly (fast); DOCX, PDF and HTML go
 * through the corpus renderers.
 */
public enum PlanFormat {
  TXT("txt", Arrangement.SIDE_BY_SIDE),
  MD("md", Arrangement.STACKED),
  HTML("html", Arrangement.STACKED),
  DOCX("docx", Arrangement.STACKED),
  PDF("pdf", Arrangement.STACKED),
  /** TCVN3 (ABC) font text in 8-bit bytes, as pre-Unicode text files hold it. */
  TCVN3("tcvn3.txt", Arrangement.SIDE_BY_SIDE);

  private final String extension;
  private final Arrangement arrangement;

  PlanFormat(String extension, Arrangement arrangement) {
    this.extension = extension;
    this.arrangement = arrangement;
  }

  /** The format called {@code name} on the command line ({@code txt}, {@code tcvn3} …). */
  public static PlanFormat named(String name) {
    for (PlanFormat format : values()) {
      if (format.name().equalsIgnoreCase(name.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "': one of "
        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
  }

  /** What follows the plan's name in its file name: {@code txt}, {@code tcvn3.txt} … */
  public String extension() {
    return extension;
  }

  /** How the two-column header reads in this format, and so how the gold's header section starts. */
  public Arrangement arrangement() {
    return arrangement;
  }

  /** The file's bytes. */
  public byte[] write(SynthDocument document, String title, Path fontDir) throws IOException {
    return switch (this) {
      case TXT -> PlainText.text(document, arrangement).getBytes(StandardCharsets.UTF_8);
      case MD -> MarkdownText.text(document).getBytes(StandardCharsets.UTF_8);
      case HTML -> new HtmlWriter().write(LayoutConversion.toLayout(document, title));
      case DOCX -> new DocxWriter(FontTyping.unicode(), FixtureGenerator.STAMP)
          .write(LayoutConversion.toLayout(document, title));
      case PDF -> new PdfWriter(fontDir, FixtureGenerator.STAMP).write(LayoutConversion.toLayout(document, title));
      case TCVN3 -> new LegacyTextWriter().tcvn3(legacySafe(PlainText.text(document, arrangement)));
    };
  }

  /**
   * Damage can bring characters an 8-bit file cannot hold (OCR's "ﬁ" ligature); they are written as their
   * compatibility decomposition ("fi"), as an old editor would have typed them. Vietnamese letters, which TCVN3
   * holds, decompose to themselves and stay.
   */
  private static String legacySafe(String text) {
    CharsetEncoder windows1252 = Charset.forName("windows-1252").newEncoder();
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(windows1252.canEncode(c) ? String.valueOf(c)
          : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
    }
    return out.toString();
  }
}
