package org.planex.ingest.readers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.planex.ingest.DocumentReader;
import org.planex.ingest.IngestException;
import org.planex.ingest.IngestFailure;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.RawDocument;
import org.xml.sax.SAXException;

/**
 * Word (DOCX, DOC), OpenDocument text and HTML through Tika's AutoDetectParser, keeping paragraphs,
 * headings and tables from its XHTML output. Embedded files are not descended into, and Tika's own OCR is not
 * on the class path (scans have their own reader).
 */
public final class TikaReader implements DocumentReader {

  private static final Set<String> ZIP_BASED = Set.of(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
      "application/vnd.ms-word.document.macroenabled.12",
      "application/vnd.ms-word.template.macroenabled.12",
      "application/x-tika-ooxml",
      "application/vnd.oasis.opendocument.text",
      "application/vnd.oasis.opendocument.text-template");

  private final AutoDetectParser parser = new AutoDetectParser();

  @Override
  public Set<String> mediaTypes() {
    return Set.of(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
        "application/vnd.ms-word.document.macroenabled.12",
        "application/vnd.ms-word.template.macroenabled.12",
        "application/x-tika-ooxml",
        "application/msword",
        "application/x-tika-msoffice",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.text-template",
        "text/html",
        "application/xhtml+xml");
  }

  @Override
  public RawDocument read(Path file, String mediaType, IngestLimits limits) throws IngestException, IOException {
    if (ZIP_BASED.contains(mediaType)) {
      ZipBombCheck.check(file);
    }
    XhtmlBlockHandler handler = new XhtmlBlockHandler(limits.maxChars());
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    ParseContext context = new ParseContext();
    // Only the main document: attachments and embedded objects are not part of the plan's text.
    context.set(Parser.class, new org.apache.tika.parser.EmptyParser());
    context.set(HtmlMapper.class, new StructureHtmlMapper());
    try (InputStream in = TikaInputStream.get(file)) {
      parser.parse(in, handler, metadata, context);
    } catch (EncryptedDocumentException e) {
      throw new IngestException(IngestFailure.ENCRYPTED, "password-protected document: cannot be read without the password", e);
    } catch (SAXException e) {
      if (e instanceof XhtmlBlockHandler.TextLimitException) {
        throw new IngestException(IngestFailure.TOO_LARGE, e.getMessage(), e);
      }
      throw classify(e);
    } catch (TikaException e) {
      throw classify(e);
    } catch (IOException e) {
      throw classify(e);
    } catch (RuntimeException e) {
      // Parsers signal some corrupt inputs with unchecked exceptions (POI's RecordFormatException and the like).
      throw classify(e);
    }
    return new RawDocument(mediaType, pageCount(metadata), null, handler.pages(), List.of());
  }

  private static Integer pageCount(Metadata metadata) {
    Integer pages = metadata.getInt(Office.PAGE_COUNT);
    return pages != null && pages > 0 ? pages : null;
  }

  private static IngestException classify(Exception e) {
    Throwable root = e;
    StringBuilder messages = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      root = t;
      if (t.getMessage() != null) {
        messages.append(' ').append(t.getMessage());
      }
      if (t instanceof EncryptedDocumentException
          || t instanceof org.apache.poi.EncryptedDocumentException) {
        return new IngestException(IngestFailure.ENCRYPTED,
            "password-protected document: cannot be read without the password", t);
      }
      if (t instanceof XhtmlBlockHandler.TextLimitException) {
        return new IngestException(IngestFailure.TOO_LARGE, t.getMessage(), t);
      }
    }
    String all = messages.toString().toLowerCase(Locale.ROOT);
    if (all.contains("zip bomb")) {
      return new IngestException(IngestFailure.ZIP_BOMB,
          "zip bomb: the file expands far beyond its size; it was not unpacked", root);
    }
    String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new IngestException(IngestFailure.CORRUPT_FILE, "cannot parse: " + detail, root);
  }
}
