package org.planex.ingest.ocr;

import com.sun.jna.Native;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.TessAPI;

/**
 * The system's Tesseract library and trained data, found once per JVM. Tess4J's own copies are never used:
 * its bundled library is for Windows only and its bundled {@code tessdata} lacks Vietnamese, so the library
 * comes from the system ({@code libtesseract.so.5} on Debian) and the data from {@code TESSDATA_PREFIX} or the
 * distribution's folders.
 *
 * @param api the bound native library
 * @param dataPath the folder holding {@code <language>.traineddata}
 * @param version the library's version, e.g. {@code 5.3.0}
 */
public record TesseractLibrary(TessAPI api, Path dataPath, String language, String version) {

  /** What to install when OCR is unavailable, for the one-line error. */
  public static final String INSTALL_HINT = "install tesseract-ocr tesseract-ocr-vie (apt-get install tesseract-ocr "
      + "tesseract-ocr-vie tesseract-ocr-script-viet)";
  /**
   * The trained data read with, the first installed: the {@code Vietnamese} script model (package
   * {@code tesseract-ocr-script-viet}) read the scanned fixtures with a lower character error rate than {@code vie}
   * and reads bold Roman section numbers right (eval/RESULTS.md); {@code vie} serves where it is missing. The
   * {@code planex.ocr.language} property or the {@code PLANEX_OCR_LANGUAGE} variable (which ingest workers
   * inherit) names one instead.
   */
  public static final List<String> PREFERRED_LANGUAGES = List.of("Vietnamese", "vie");

  private static final List<String> LIBRARY_NAMES = List.of("tesseract", "libtesseract.so.5",
      "/usr/lib/x86_64-linux-gnu/libtesseract.so.5", "/usr/lib/aarch64-linux-gnu/libtesseract.so.5");
  private static final List<String> DATA_FOLDERS = List.of("/usr/share/tesseract-ocr/5/tessdata",
      "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata");

  /** Thrown when OCR cannot run on this machine; the message says what to install. */
  public static final class Unavailable extends Exception {
    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static final class Holder {
    private static final Object LOADED = loadConfigured();
  }

  private static Object loadConfigured() {
    String chosen = System.getProperty("planex.ocr.language", System.getenv("PLANEX_OCR_LANGUAGE"));
    if (chosen != null && !chosen.isBlank()) {
      return load(chosen);
    }
    Object loaded = null;
    for (String language : PREFERRED_LANGUAGES) {
      loaded = load(language);
      if (loaded instanceof TesseractLibrary) {
        return loaded;
      }
    }
    return loaded;
  }

  /** The library with the configured or preferred language, loaded on first use. */
  public static TesseractLibrary get() throws Unavailable {
    if (Holder.LOADED instanceof Unavailable unavailable) {
      throw new Unavailable(unavailable.getMessage(), unavailable.getCause());
    }
    return (TesseractLibrary) Holder.LOADED;
  }

  /** Loads the library and finds {@code language}'s trained data: a library, or the {@link Unavailable} why not. */
  public static Object load(String language) {
    TessAPI api = null;
    Throwable failure = null;
    for (String name : LIBRARY_NAMES) {
      try {
        api = Native.load(name, TessAPI.class);
        break;
      } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
        failure = failure == null ? e : failure;
      }
    }
    if (api == null) {
      return new Unavailable("OCR needs the Tesseract library, which was not found: " + INSTALL_HINT, failure);
    }
    Path data = dataPath(language);
    if (data == null) {
      return new Unavailable("OCR needs Tesseract's '" + language + "' trained data, which was not found (looked in "
          + "TESSDATA_PREFIX and " + String.join(", ", DATA_FOLDERS) + "): " + INSTALL_HINT, null);
    }
    return new TesseractLibrary(api, data, language, api.TessVersion());
  }

  private static Path dataPath(String language) {
    List<String> folders = new ArrayList<>();
    String prefix = System.getenv("TESSDATA_PREFIX");
    if (prefix != null && !prefix.isBlank()) {
      folders.add(prefix);
      folders.add(Path.of(prefix, "tessdata").toString());
    }
    folders.addAll(DATA_FOLDERS);
    for (String folder : folders) {
      if (Files.isRegularFile(Path.of(folder, language + ".traineddata"))) {
        return Path.of(folder);
      }
    }
    return null;
  }
}
