package org.planex.ingest.rtf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.planex.ingest.DocumentReader;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.RawDocument;
import org.planex.ingest.RawDocument.RawPage;
import org.planex.model.Warning;

/**
 * Reads RTF with its own interpreter instead of Tika's, which gives no table markup, so that tables keep their
 * merged cells and heading styles their levels (RTF has no reliable pages: the document is one unnumbered page).
 */
public final class RtfReader implements DocumentReader {

  @Override
  public Set<String> mediaTypes() {
    return Set.of("application/rtf", "text/rtf");
  }

  @Override
  public RawDocument read(Path file, String mediaType, IngestLimits limits) throws IngestException, IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, mediaType, limits);
    }
  }

  /** Reads RTF from {@code in}, which the caller closes. */
  RawDocument read(InputStream in, String mediaType, IngestLimits limits) throws IngestException, IOException {
    RtfInterpreter.Result result = new RtfInterpreter(limits.maxChars()).run(new RtfTokenizer(in));
    List<Warning> warnings = result.unclosedGroups() == 0 ? List.of() : List.of(Warning.of("ingest",
        "rtf-unclosed", String.format("the RTF ends with %,d group(s) unclosed: it may be cut short",
            result.unclosedGroups())));
    return new RawDocument(mediaType, null, result.encoding(), List.of(new RawPage(null, result.blocks())),
        warnings);
  }
}
