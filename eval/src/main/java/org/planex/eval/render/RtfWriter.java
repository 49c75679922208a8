package org.planex.eval.render;

import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link PlanLayout} as RTF 1.x by hand: every non-ASCII character as a {@code \}{@code uN?} escape,
 * headings with {@code heading N} paragraph styles, and tables as {@code \trowd … \cellx … \intbl … \cell …
 * \row} with {@code \clvmgf}/{@code \clvmrg} for vertically merged cells.
 */
public final class RtfWriter {

  private static final double TWIPS_PER_CM = 1440 / 2.54;
  private static final int HALF_POINTS = 28; // 14 pt
  private static final String BORDERS = "\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10"
      + "\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10";

  public byte[] write(PlanLayout layout) {
    StringBuilder rtf = new StringBuilder();
    rtf.append("{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1\n")
        .append("{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}}\n")
        .append("{\\stylesheet{\\s0\\f0\\fs").append(HALF_POINTS).append(" Normal;}");
    for (int level = 1; level <= 6; level++) {
      rtf.append("{\\s").append(level).append("\\sbasedon0\\snext0\\keepn\\outlinelevel").append(level - 1)
          .append("\\b\\f0\\fs").append(HALF_POINTS).append(" heading ").append(level).append(";}");
    }
    rtf.append("}\n")
        .append("{\\info{\\title ").append(escape(layout.title())).append("}}\n")
        .append("\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134\n");
    for (PlanLayout.Block block : layout.blocks()) {
      switch (block) {
        case PlanLayout.Paragraph p -> paragraph(rtf, p);
        case PlanLayout.Table t -> table(rtf, t);
      }
    }
    rtf.append("}\n");
    // Every character above 0x7F went out as an escape: the file is pure ASCII.
    return rtf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void paragraph(StringBuilder rtf, PlanLayout.Paragraph p) {
    rtf.append("\\pard\\plain");
    if (p.headingLevel() != null) {
      rtf.append("\\s").append(p.headingLevel()).append("\\keepn\\outlinelevel").append(p.headingLevel() - 1)
          .append("\\sb120");
    } else if (p.isBody()) {
      rtf.append("\\fi567\\qj");
    }
    rtf.append("\\sa120\\f0\\fs").append(HALF_POINTS);
    boolean bold = p.bold() || p.headingLevel() != null;
    rtf.append(bold ? "{\\b " : "{").append(escape(p.text())).append("}\\par\n");
  }

  private static void table(StringBuilder rtf, PlanLayout.Table table) {
    for (int r = 0; r < table.rows().size(); r++) {
      rtf.append("\\trowd\\trgaph80\\trleft0");
      if (r < table.headerRows()) {
        rtf.append("\\trhdr");
      }
      rtf.append('\n');
      double right = 0;
      for (int c = 0; c < table.columns(); c++) {
        PlanLayout.Cell cell = table.rows().get(r).get(c);
        if (cell.covered()) {
          rtf.append("\\clvmrg");
        } else if (cell.rowSpan() > 1) {
          rtf.append("\\clvmgf");
        }
        if (table.ruled()) {
          rtf.append(BORDERS);
        }
        right += table.widthsCm().get(c);
        rtf.append("\\cellx").append(Math.round(right * TWIPS_PER_CM)).append('\n');
      }
      for (PlanLayout.Cell cell : table.rows().get(r)) {
        rtf.append("\\pard\\intbl\\plain").append(cell.centered() ? "\\qc" : "\\ql").append("\\f0\\fs")
            .append(table.ruled() ? HALF_POINTS - 2 : HALF_POINTS);
        if (!cell.covered() && !cell.text().isEmpty()) {
          String format = (cell.bold() ? "\\b" : "") + (cell.italic() ? "\\i" : "");
          // A control word ends at the space after it; without one, a space would be text.
          rtf.append('{').append(format.isEmpty() ? "" : format + " ").append(escape(cell.text())).append('}');
        }
        rtf.append("\\cell\n");
      }
      rtf.append("\\row\n");
    }
    rtf.append("\\pard\\plain\\par\n");
  }

  /** RTF control characters escaped, and everything beyond ASCII as a signed 16-bit {@code \}{@code u} escape. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '{' || c == '}') {
        out.append('\\').append(c);
      } else if (c == '\t') {
        out.append("\\tab ");
      } else if (c < 0x80) {
        out.append(c);
      } else {
        out.append("\\u").append((int) (short) c).append('?');
      }
    }
    return out.toString();
  }
}
