package org.planex.ingest.readers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.planex.ingest.DocumentReader;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestFailure;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.RawDocument;
import org.planex.ingest.RawDocument.Line;
import org.planex.ingest.RawDocument.Paragraph;
import org.planex.ingest.RawDocument.RawPage;
import org.planex.ingest.encoding.TextDecoding;

/**
 * Plain text and Markdown: Vietnamese-aware charset detection, one page per form feed, every line kept
 * (the normalisation chain decides which breaks were wraps).
 */
public final class PlainTextReader implements DocumentReader {

  // UTF-8 needs at most 4 bytes a character: reading this far is enough to know the limit is exceeded.
  private static final int BYTES_PER_CHAR = 4;

  @Override
  public Set<String> mediaTypes() {
    return Set.of("text/plain", "text/x-web-markdown", "text/markdown", "text/x-markdown");
  }

  @Override
  public RawDocument read(Path file, String mediaType, IngestLimits limits) throws IngestException, IOException {
    long cap = (long) limits.maxChars() * BYTES_PER_CHAR + 1;
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(cap, Integer.MAX_VALUE - 16));
    }
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
    String text = decoded.text();
    if (text.length() > limits.maxChars()) {
      throw new IngestException(IngestFailure.TOO_LARGE, String.format(
          "text too long: more than %,d characters (limit --max-chars)", limits.maxChars()));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] pageTexts = text.split("\f", -1);
    List<RawPage> pages = new ArrayList<>(pageTexts.length);
    boolean paged = pageTexts.length > 1;
    for (int p = 0; p < pageTexts.length; p++) {
      List<Line> lines = new ArrayList<>();
      for (String line : pageTexts[p].split("\\r\\n|\\r|\\n", -1)) {
        lines.add(Line.plain(line));
      }
      pages.add(new RawPage(paged ? p + 1 : null, List.of(new Paragraph(lines))));
    }
    return new RawDocument(mediaType, paged ? pageTexts.length : null, decoded.charset(), pages, List.of());
  }
}
