package org.planex.eval.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes the hostile and broken files a batch must survive, each with the error key it must report. */
public final class HostileFiles {

  private HostileFiles() {}

  /** Creates the bad inputs in {@code dir}; returns file name → expected error key. */
  public static Map<String, String> write(Path dir) throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    expected.put("empty.txt", "empty-file");

    byte[] garbage = new byte[64 * 1024];
    new Random(42).nextBytes(garbage);
    Files.write(dir.resolve("garbage.bin"), garbage);
    expected.put("garbage.bin", "unsupported-type");

    Path pdf = dir.resolve("good.pdf.tmp");
    writePdf(pdf, null);
    byte[] whole = Files.readAllBytes(pdf);
    Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(whole, whole.length / 3));
    Files.delete(pdf);
    expected.put("truncated.pdf", "corrupt-file");

    writePdf(dir.resolve("password.pdf"), "secret");
    expected.put("password.pdf", "encrypted");

    writeZipBombDocx(dir.resolve("bomb.docx"));
    expected.put("bomb.docx", "zip-bomb");

    try (OutputStream out = Files.newOutputStream(dir.resolve("huge.txt"))) {
      byte[] line = "Tăng cường công tác thông tin, tuyên truyền về cải cách hành chính.\n"
          .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L << 20; written += line.length) {
        out.write(line);
      }
    }
    expected.put("huge.txt", "too-large");

    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("archive.zip")))) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("not a plan".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    expected.put("archive.zip", "unsupported-type");

    Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("does-not-exist.txt"));
    expected.put("dangling.txt", "unreadable");
    return expected;
  }


  private static void writePdf(Path file, String userPassword) throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (int p = 0; p < 3; p++) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
          content.newLineAtOffset(72, 700);
          for (int line = 0; line < 30; line++) {
            content.showText("Ke hoach tuyen truyen cai cach hanh chinh, trang " + (p + 1) + ", dong " + line);
            content.newLineAtOffset(0, -18);
          }
          content.endText();
        }
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      document.save(file.toFile());
    }
  }

  /** A DOCX whose document part inflates 1000-fold to 100 MB: the classic decompression bomb. */
  private static void writeZipBombDocx(Path file) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
          + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
          + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
          + "xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
          + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats."
          + "org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
          .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats."
          + "org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < 100; i++) {
        zip.write(block);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }
}
