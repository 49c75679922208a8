package org.planex.ingest.ocr;

import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * One Tesseract instance, through Tess4J's low-level binding: a grey image in, words with their boxes and
 * confidences out. Not thread-safe: each thread that reads pages has an engine of its own.
 */
public final class OcrEngine implements AutoCloseable {

  private final TessAPI api;
  private final TessBaseAPI handle;

  public OcrEngine(TesseractLibrary library) {
    this.api = library.api();
    this.handle = api.TessBaseAPICreate();
    // Tesseract's own notes ("Estimating resolution as …") would otherwise go to stderr for every page.
    api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    if (api.TessBaseAPIInit3(handle, library.dataPath().toString(), library.language()) != 0) {
      api.TessBaseAPIDelete(handle);
      throw new IllegalStateException("Tesseract could not load '" + library.language() + "' from "
          + library.dataPath() + ": " + TesseractLibrary.INSTALL_HINT);
    }
    api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
  }

  /** Reads the text of {@code image}, numbered {@code number}, in automatic page segmentation. */
  public RecognizedPage read(int number, GreyImage image) {
    return read(number, image, 0);
  }

  /** As {@link #read(int, GreyImage)}, recording that the image was turned by {@code rotation} degrees. */
  public RecognizedPage read(int number, GreyImage image, int rotation) {
    ByteBuffer pixels = ByteBuffer.allocateDirect(image.pixels().length);
    pixels.put(image.pixels()).flip();
    try {
      api.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_AUTO);
      api.TessBaseAPISetImage(handle, pixels, image.width(), image.height(), 1, image.width());
      api.TessBaseAPISetSourceResolution(handle, image.dpi());
      if (api.TessBaseAPIRecognize(handle, null) != 0) {
        throw new IllegalStateException("Tesseract could not recognise page " + number);
      }
      return new RecognizedPage(number, lines(), image.width(), image.height(), image.dpi(), rotation);
    } finally {
      api.TessBaseAPIClear(handle);
    }
  }

  private List<OcrLine> lines() {
    List<OcrLine> lines = new ArrayList<>();
    TessResultIterator words = api.TessBaseAPIGetIterator(handle);
    if (words == null) {
      return lines; // nothing on the page
    }
    try {
      TessPageIterator layout = api.TessResultIteratorGetPageIterator(words);
      List<OcrWord> current = new ArrayList<>();
      int[] baseline = {0, 0};
      do {
        if (api.TessPageIteratorIsAtBeginningOf(layout, TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
          flush(current, baseline, lines);
          baseline = baseline(layout);
        }
        String text = text(words);
        if (!text.isBlank()) {
          int[] box = box(layout, TessPageIteratorLevel.RIL_WORD);
          current.add(new OcrWord(text, api.TessResultIteratorConfidence(words, TessPageIteratorLevel.RIL_WORD),
              box[0], box[1], box[2], box[3]));
        }
      } while (api.TessResultIteratorNext(words, TessPageIteratorLevel.RIL_WORD) != 0);
      flush(current, baseline, lines);
    } finally {
      api.TessResultIteratorDelete(words);
    }
    return lines;
  }

  private static void flush(List<OcrWord> words, int[] baseline, List<OcrLine> lines) {
    if (!words.isEmpty()) {
      lines.add(new OcrLine(words, baseline[0], baseline[1]));
      words.clear();
    }
  }

  /** The line's baseline at its middle and its height above it, from the line box when there is no baseline. */
  private int[] baseline(TessPageIterator layout) {
    int[] line = box(layout, TessPageIteratorLevel.RIL_TEXTLINE);
    IntBuffer x1 = IntBuffer.allocate(1);
    IntBuffer y1 = IntBuffer.allocate(1);
    IntBuffer x2 = IntBuffer.allocate(1);
    IntBuffer y2 = IntBuffer.allocate(1);
    int base = line[3];
    if (api.TessPageIteratorBaseline(layout, TessPageIteratorLevel.RIL_TEXTLINE, x1, y1, x2, y2) != 0) {
      base = (y1.get(0) + y2.get(0)) / 2;
    }
    return new int[] {base, Math.max(1, base - line[1])};
  }

  private int[] box(TessPageIterator layout, int level) {
    IntBuffer left = IntBuffer.allocate(1);
    IntBuffer top = IntBuffer.allocate(1);
    IntBuffer right = IntBuffer.allocate(1);
    IntBuffer bottom = IntBuffer.allocate(1);
    api.TessPageIteratorBoundingBox(layout, level, left, top, right, bottom);
    return new int[] {left.get(0), top.get(0), right.get(0), bottom.get(0)};
  }

  private String text(TessResultIterator words) {
    Pointer text = api.TessResultIteratorGetUTF8Text(words, TessPageIteratorLevel.RIL_WORD);
    if (text == null) {
      return "";
    }
    try {
      return java.text.Normalizer.normalize(text.getString(0, StandardCharsets.UTF_8.name()),
          java.text.Normalizer.Form.NFC);
    } finally {
      api.TessDeleteText(text);
    }
  }

  @Override
  public void close() {
    api.TessBaseAPIEnd(handle);
    api.TessBaseAPIDelete(handle);
  }
}
