package org.planex.eval.render;

import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link PlanLayout} as an HTML page in UTF-8: {@code <h1>}–{@code <h6>} for the seed's headings,
 * {@code <p>} for paragraphs (wholly bold ones in {@code <b>}), and tables with {@code border="1"} and
 * {@code rowspan} for merged cells.
 */
public final class HtmlWriter {

  public byte[] write(PlanLayout layout) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(XmlText.escape(layout.title())).append("</title>\n")
        .append("<style>\nbody { font-family: 'Times New Roman', serif; font-size: 14pt; max-width: 17cm; }\n")
        .append("p.body { text-indent: 1cm; text-align: justify; }\n")
        .append("table.layout { width: 100%; border: none; }\n")
        .append("table.data { border-collapse: collapse; font-size: 13pt; }\n")
        .append("td.center, th { text-align: center; }\n</style>\n</head>\n<body>\n");
    for (PlanLayout.Block block : layout.blocks()) {
      switch (block) {
        case PlanLayout.Paragraph p -> paragraph(html, p);
        case PlanLayout.Table t -> table(html, t);
      }
    }
    html.append("</body>\n</html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void paragraph(StringBuilder html, PlanLayout.Paragraph p) {
    String text = XmlText.escape(p.text());
    if (p.headingLevel() != null) {
      html.append("<h").append(p.headingLevel()).append('>').append(text)
          .append("</h").append(p.headingLevel()).append(">\n");
    } else if (p.bold()) {
      html.append("<p><b>").append(text).append("</b></p>\n");
    } else {
      html.append("<p class=\"body\">").append(text).append("</p>\n");
    }
  }

  private static void table(StringBuilder html, PlanLayout.Table table) {
    html.append(table.ruled() ? "<table class=\"data\" border=\"1\">\n" : "<table class=\"layout\">\n");
    html.append("<colgroup>");
    for (double cm : table.widthsCm()) {
      html.append("<col style=\"width: ").append(cm).append("cm\">");
    }
    html.append("</colgroup>\n");
    for (int r = 0; r < table.rows().size(); r++) {
      html.append("<tr>");
      String tag = r < table.headerRows() ? "th" : "td";
      for (PlanLayout.Cell cell : table.rows().get(r)) {
        if (cell.covered()) {
          continue; // the cell above spans over this position
        }
        html.append('<').append(tag);
        if (cell.rowSpan() > 1) {
          html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
        }
        if (cell.centered() && tag.equals("td")) {
          html.append(" class=\"center\"");
        }
        html.append('>');
        String text = XmlText.escape(cell.text());
        html.append(cell.italic() ? "<i>" + text + "</i>" : text);
        html.append("</").append(tag).append('>');
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n");
  }
}
