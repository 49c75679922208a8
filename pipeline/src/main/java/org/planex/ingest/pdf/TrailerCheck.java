package org.planex.ingest.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a PDF file ends the way a complete one does: a {@code %%EOF} marker near its end, after a
 * {@code startxref} offset that points at a cross-reference table or stream. PDFBox's lenient parser reads
 * files that fail this by rebuilding the cross-references from a scan of the whole file, which recovers a
 * truncated file only in part; the reader warns about it.
 */
final class TrailerCheck {

  private static final int TAIL = 2048;
  private static final int HEAD = 1024;
  private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d{1,15})");
  private static final Pattern XREF_AT = Pattern.compile("^\\s*(?:xref|\\d+\\s+\\d+\\s+obj)");

  private TrailerCheck() {}

  /** What is wrong with the end of the file, or {@code null} when it looks complete. */
  static String problem(Path file) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size();
      String tail = read(channel, Math.max(0, size - TAIL), TAIL);
      int eof = tail.lastIndexOf("%%EOF");
      if (eof < 0) {
        return "no %%EOF at the end of the file";
      }
      Matcher m = STARTXREF.matcher(tail.substring(0, eof));
      long offset = -1;
      while (m.find()) {
        offset = Long.parseLong(m.group(1));
      }
      if (offset < 0) {
        return "no startxref before %%EOF";
      }
      // Offsets count from "%PDF", which some producers put after a few bytes of junk.
      int header = Math.max(0, read(channel, 0, HEAD).indexOf("%PDF"));
      for (long at : new long[] {offset, offset + header}) {
        if (at < size && XREF_AT.matcher(read(channel, at, 64)).find()) {
          return null;
        }
      }
      return "startxref does not point at the cross-reference table";
    }
  }

  private static String read(SeekableByteChannel channel, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    channel.position(position);
    while (buffer.hasRemaining() && channel.read(buffer) > 0) {
      // keep reading until full or end of file
    }
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
  }
}
