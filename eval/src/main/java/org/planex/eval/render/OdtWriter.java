package org.planex.eval.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link PlanLayout} as an OpenDocument text file, assembled by hand: the {@code mimetype} entry
 * first and uncompressed, a manifest, minimal {@code styles.xml} (A4, Times New Roman, Heading styles) and
 * {@code content.xml} with {@code text:h}, {@code text:p} and tables whose merged cells use
 * {@code table:number-rows-spanned} followed by {@code table:covered-table-cell}s.
 */
public final class OdtWriter {

  private static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";
  private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
      + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
      + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
      + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
      + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
      + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
      + " office:version=\"1.3\"";
  private static final String FONTS = "<office:font-face-decls><style:font-face style:name=\"Times New Roman\""
      + " svg:font-family=\"'Times New Roman'\" style:font-family-generic=\"roman\"/></office:font-face-decls>";

  private final Instant stamp;

  /** @param stamp the timestamp of the zip entries, fixed for reproducible bytes */
  public OdtWriter(Instant stamp) {
    this.stamp = stamp;
  }

  public byte[] write(PlanLayout layout) {
    return StableZip.write(List.of(
        new StableZip.Entry("mimetype", MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII), true),
        new StableZip.Entry("META-INF/manifest.xml", utf8(manifest()), false),
        new StableZip.Entry("styles.xml", utf8(styles()), false),
        new StableZip.Entry("content.xml", utf8(content(layout)), false)), stamp);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String manifest() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
        + " manifest:version=\"1.3\">\n"
        + " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\""
        + MEDIA_TYPE + "\"/>\n"
        + " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
        + " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
        + "</manifest:manifest>\n";
  }

  private static String styles() {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles").append(NAMESPACES).append(">\n")
        .append(FONTS).append('\n')
        .append("<office:styles>\n")
        .append("<style:default-style style:family=\"paragraph\"><style:text-properties"
            + " style:font-name=\"Times New Roman\" fo:font-size=\"14pt\" fo:language=\"vi\" fo:country=\"VN\"/>"
            + "</style:default-style>\n")
        .append("<style:style style:name=\"Standard\" style:family=\"paragraph\"/>\n");
    for (int level = 1; level <= 6; level++) {
      xml.append("<style:style style:name=\"Heading_20_").append(level).append("\" style:display-name=\"Heading ")
          .append(level).append("\" style:family=\"paragraph\" style:parent-style-name=\"Standard\""
              + " style:default-outline-level=\"").append(level).append("\">")
          .append("<style:paragraph-properties fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.2cm\""
              + " fo:keep-with-next=\"always\"/>")
          .append("<style:text-properties fo:font-weight=\"bold\"/></style:style>\n");
    }
    xml.append("</office:styles>\n")
        .append("<office:automatic-styles><style:page-layout style:name=\"A4\"><style:page-layout-properties"
            + " fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" fo:margin-top=\"2cm\" fo:margin-bottom=\"2cm\""
            + " fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/></style:page-layout></office:automatic-styles>\n")
        .append("<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\"/>"
            + "</office:master-styles>\n")
        .append("</office:document-styles>\n");
    return xml.toString();
  }

  private static String content(PlanLayout layout) {
    StringBuilder body = new StringBuilder();
    StringBuilder tableStyles = new StringBuilder();
    int tables = 0;
    for (PlanLayout.Block block : layout.blocks()) {
      switch (block) {
        case PlanLayout.Paragraph p -> paragraph(body, p);
        case PlanLayout.Table t -> {
          tables++;
          table(body, tableStyles, t, "Table" + tables);
        }
      }
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content" + NAMESPACES + ">\n"
        + FONTS + "\n"
        + "<office:automatic-styles>\n"
        + "<style:style style:name=\"Body\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
        + "<style:paragraph-properties fo:text-indent=\"1cm\" fo:text-align=\"justify\" fo:margin-bottom=\"0.2cm\"/>"
        + "</style:style>\n"
        + "<style:style style:name=\"Plain\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
        + "<style:paragraph-properties fo:margin-bottom=\"0.2cm\"/></style:style>\n"
        + "<style:style style:name=\"Centered\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
        + "<style:paragraph-properties fo:text-align=\"center\"/></style:style>\n"
        + "<style:style style:name=\"Left\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
        + "<style:paragraph-properties fo:text-align=\"start\"/></style:style>\n"
        + "<style:style style:name=\"Bold\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/>"
        + "</style:style>\n"
        + "<style:style style:name=\"Italic\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\"/>"
        + "</style:style>\n"
        + "<style:style style:name=\"Ruled\" style:family=\"table-cell\"><style:table-cell-properties"
        + " fo:border=\"0.5pt solid #000000\" fo:padding=\"0.07cm\"/></style:style>\n"
        + "<style:style style:name=\"Unruled\" style:family=\"table-cell\"><style:table-cell-properties"
        + " fo:border=\"none\" fo:padding=\"0.07cm\"/></style:style>\n"
        + tableStyles
        + "</office:automatic-styles>\n"
        + "<office:body>\n<office:text>\n" + body + "</office:text>\n</office:body>\n</office:document-content>\n";
  }

  private static void paragraph(StringBuilder xml, PlanLayout.Paragraph p) {
    String text = XmlText.escape(p.text());
    if (p.headingLevel() != null) {
      xml.append("<text:h text:style-name=\"Heading_20_").append(p.headingLevel()).append("\" text:outline-level=\"")
          .append(p.headingLevel()).append("\">").append(text).append("</text:h>\n");
    } else if (p.bold()) {
      xml.append("<text:p text:style-name=\"Plain\"><text:span text:style-name=\"Bold\">").append(text)
          .append("</text:span></text:p>\n");
    } else {
      xml.append("<text:p text:style-name=\"Body\">").append(text).append("</text:p>\n");
    }
  }

  private static void table(StringBuilder xml, StringBuilder styles, PlanLayout.Table table, String name) {
    double total = table.widthsCm().stream().mapToDouble(Double::doubleValue).sum();
    styles.append("<style:style style:name=\"").append(name).append("\" style:family=\"table\">")
        .append("<style:table-properties style:width=\"").append(cm(total)).append("\" table:align=\"left\"/>")
        .append("</style:style>\n");
    for (int c = 0; c < table.columns(); c++) {
      styles.append("<style:style style:name=\"").append(name).append('.').append(c + 1)
          .append("\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"")
          .append(cm(table.widthsCm().get(c))).append("\"/></style:style>\n");
    }
    xml.append("<table:table table:name=\"").append(name).append("\" table:style-name=\"").append(name).append("\">\n");
    for (int c = 0; c < table.columns(); c++) {
      xml.append("<table:table-column table:style-name=\"").append(name).append('.').append(c + 1).append("\"/>\n");
    }
    String cellStyle = table.ruled() ? "Ruled" : "Unruled";
    for (int r = 0; r < table.rows().size(); r++) {
      boolean header = r < table.headerRows();
      if (header && r == 0) {
        xml.append("<table:table-header-rows>\n");
      }
      xml.append("<table:table-row>");
      for (PlanLayout.Cell cell : table.rows().get(r)) {
        if (cell.covered()) {
          xml.append("<table:covered-table-cell/>");
          continue;
        }
        xml.append("<table:table-cell table:style-name=\"").append(cellStyle).append("\" office:value-type=\"string\"");
        if (cell.rowSpan() > 1) {
          xml.append(" table:number-rows-spanned=\"").append(cell.rowSpan()).append('"');
        }
        xml.append("><text:p text:style-name=\"").append(cell.centered() ? "Centered" : "Left").append("\">");
        String text = XmlText.escape(cell.text());
        if (cell.bold()) {
          text = "<text:span text:style-name=\"Bold\">" + text + "</text:span>";
        }
        if (cell.italic()) {
          text = "<text:span text:style-name=\"Italic\">" + text + "</text:span>";
        }
        xml.append(text).append("</text:p></table:table-cell>");
      }
      xml.append("</table:table-row>\n");
      if (header && r == table.headerRows() - 1) {
        xml.append("</table:table-header-rows>\n");
      }
    }
    xml.append("</table:table>\n");
  }

  private static String cm(double value) {
    return String.format(Locale.ROOT, "%.2fcm", value);
  }
}
