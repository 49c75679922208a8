package org.planex.ingest.readers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestFailure;

/**
 * Refuses zip-based documents (DOCX, ODT) whose central directory announces a decompression bomb, before any
 * parser inflates a part into memory: an entry that expands more than {@value #MAX_RATIO}-fold to over
 * {@value #BIG_ENTRY_MB} MB, or parts totalling over {@value #MAX_TOTAL_MB} MB. Sizes a forged directory
 * understates are still caught by POI's streaming ratio check, and at worst by the worker's heap limit.
 */
final class ZipBombCheck {

  static final int MAX_RATIO = 100;
  static final int BIG_ENTRY_MB = 20;
  static final int MAX_TOTAL_MB = 1024;

  private ZipBombCheck() {}

  static void check(Path file) throws IngestException {
    long total = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size < 0) {
          continue;
        }
        total += size;
        if (size > (long) BIG_ENTRY_MB << 20 && compressed > 0 && size / compressed > MAX_RATIO) {
          throw bomb(entry.getName() + " expands " + size / compressed + "-fold to " + (size >> 20) + " MB");
        }
      }
    } catch (IOException e) {
      return; // not a readable zip after all: the parser will say what is wrong with it
    }
    if (total > (long) MAX_TOTAL_MB << 20) {
      throw bomb("its parts expand to " + (total >> 20) + " MB");
    }
  }

  private static IngestException bomb(String detail) {
    return new IngestException(IngestFailure.ZIP_BOMB,
        "zip bomb: " + detail + "; the file was not unpacked");
  }
}
