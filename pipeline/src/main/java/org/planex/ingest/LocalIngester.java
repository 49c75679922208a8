package org.planex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.planex.ingest.normalize.NormalizationChain;
import org.planex.ingest.ocr.DoubtfulWords;
import org.planex.model.OcrInfo;
import org.planex.model.PlanDocument;
import org.planex.model.Source;
import org.planex.model.Warning;

/**
 * Ingests files in this JVM: checks, detection, the reader for the format, the normalisation chain, and the
 * text layout. Safe for trusted input and tests; batches use {@link org.planex.ingest.isolated.IsolatedIngester},
 * which runs this class in child processes.
 */
public final class LocalIngester implements Ingester {

  private final IngestLimits limits;
  private final FormatDetector detector = new FormatDetector();
  private final Map<String, DocumentReader> readers = new HashMap<>();

  public LocalIngester(IngestLimits limits) {
    this.limits = limits;
    for (DocumentReader reader : ServiceLoader.load(DocumentReader.class)) {
      for (String type : reader.mediaTypes()) {
        readers.putIfAbsent(type, reader);
      }
    }
  }

  @Override
  public PlanDocument ingest(Path file) throws IngestException {
    long size = checkReadable(file);
    try {
      String sha256 = sha256(file);
      String mediaType = detector.detect(file);
      if (mediaType.equals("application/x-tika-ooxml-protected")) {
        throw new IngestException(IngestFailure.ENCRYPTED,
            "password-protected document: cannot be read without the password");
      }
      DocumentReader reader = readers.get(mediaType);
      if (reader == null) {
        throw new IngestException(IngestFailure.UNSUPPORTED_TYPE, "unsupported file type " + mediaType
            + " (Planex reads " + supportedFormats() + ")");
      }
      RawDocument raw = reader.read(file, mediaType, limits);
      RawDocument repaired = NormalizationChain.forMediaType(mediaType).apply(raw);
      TextAssembler.Assembled text = TextAssembler.assemble(repaired);
      if (text.text().isBlank()) {
        throw new IngestException(IngestFailure.EMPTY_FILE, "no text found in the document");
      }
      List<Warning> warnings = new ArrayList<>(repaired.warnings());
      OcrInfo ocr = null;
      if (repaired.ocr() != null) {
        ocr = repaired.ocr().info();
        warnings.addAll(DoubtfulWords.warnings(repaired.ocr(), text.text(), text.pages()));
      }
      Source source = new Source(file.toString(), sha256, mediaType, repaired.pageCount(), ocr, size,
          repaired.encoding());
      return PlanDocument.ingested(source, text.text(), text.pages(), text.tables(), text.headingHints(), warnings);
    } catch (IOException e) {
      throw new IngestException(IngestFailure.UNREADABLE, "cannot read: " + e.getMessage(), e);
    }
  }

  /** What this ingester can read, for messages. */
  public String supportedFormats() {
    return "PDF, DOCX, DOC, ODT, RTF, HTML, TXT, Markdown, and PNG, JPEG, TIFF by OCR";
  }

  /** The media types some reader takes. */
  public TreeSet<String> mediaTypes() {
    return new TreeSet<>(readers.keySet());
  }

  private long checkReadable(Path file) throws IngestException {
    try {
      if (Files.isDirectory(file)) {
        throw new IngestException(IngestFailure.UNREADABLE, "is a directory");
      }
      long size = Files.size(file);
      if (!Files.isReadable(file)) {
        throw new IngestException(IngestFailure.UNREADABLE, "permission denied");
      }
      if (size == 0) {
        throw new IngestException(IngestFailure.EMPTY_FILE, "empty file (0 bytes)");
      }
      if (size > limits.maxFileBytes()) {
        throw new IngestException(IngestFailure.TOO_LARGE, String.format(
            "file too large: %,d bytes (limit %,d bytes, --max-file-size)", size, limits.maxFileBytes()));
      }
      return size;
    } catch (NoSuchFileException e) {
      throw new IngestException(IngestFailure.UNREADABLE, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new IngestException(IngestFailure.UNREADABLE, "permission denied", e);
    } catch (IOException e) {
      throw new IngestException(IngestFailure.UNREADABLE, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Hex SHA-256 of a file's bytes. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
