package org.planex.eval.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes zip archives (DOCX, ODT) whose bytes depend only on their entries: given order, one fixed timestamp,
 * so that regenerating a fixture from the same seed gives the same file.
 */
final class StableZip {

  /** One member of the archive; {@code stored} ones are written uncompressed (ODF's {@code mimetype}). */
  record Entry(String name, byte[] data, boolean stored) {}

  private StableZip() {}

  static byte[] write(List<Entry> entries, Instant stamp) {
    // Local date-time fields, not an instant: DOS times have no zone, and the bytes must not depend on ours.
    LocalDateTime time = LocalDateTime.ofInstant(stamp, ZoneOffset.UTC);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Entry entry : entries) {
        ZipEntry z = new ZipEntry(entry.name());
        z.setTimeLocal(time);
        if (entry.stored()) {
          CRC32 crc = new CRC32();
          crc.update(entry.data());
          z.setMethod(ZipEntry.STORED);
          z.setSize(entry.data().length);
          z.setCompressedSize(entry.data().length);
          z.setCrc(crc.getValue());
        }
        zip.putNextEntry(z);
        zip.write(entry.data());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The archive another library wrote, rewritten with the same entries in the same order and a fixed time. */
  static byte[] normalize(byte[] archive, Instant stamp) {
    List<Entry> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry z = in.getNextEntry(); z != null; z = in.getNextEntry()) {
        entries.add(new Entry(z.getName(), in.readAllBytes(), false));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return write(entries, stamp);
  }
}
