package org.planex.ingest.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.planex.ingest.ocr.GreyImage;
import org.planex.ingest.ocr.OcrLimits;
import org.planex.ingest.ocr.PageImages;
import org.w3c.dom.NodeList;

/**
 * The pages of an image file (one for PNG and JPEG, one per frame for TIFF), decoded one at a time. Sizes are
 * read from the header before any pixel: an empty image is refused, and one larger than
 * {@link OcrLimits#MAX_PIXELS} is decoded subsampled, so a huge image never has to fit in memory whole.
 */
final class ImageFile implements PageImages, AutoCloseable {

  /** Resolution assumed when the file does not state one: what scanners default to. */
  static final int DEFAULT_DPI = 300;

  private final ImageInputStream input;
  private final ImageReader reader;
  private final int count;

  ImageFile(Path file) throws IOException {
    this.input = ImageIO.createImageInputStream(file.toFile());
    if (input == null) {
      throw new IOException("cannot open the image");
    }
    Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
    if (!readers.hasNext()) {
      input.close();
      throw new IOException("not an image format Java can decode");
    }
    this.reader = readers.next();
    reader.setInput(input, false, true);
    this.count = reader.getNumImages(true);
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public int number(int index) {
    return index + 1;
  }

  /** Width and height of a page from the header, without decoding it. */
  int[] size(int index) throws IOException {
    return new int[] {reader.getWidth(index), reader.getHeight(index)};
  }

  @Override
  public GreyImage image(int index) throws IOException {
    int width = reader.getWidth(index);
    int height = reader.getHeight(index);
    int step = subsampling(width, height);
    ImageReadParam param = reader.getDefaultReadParam();
    param.setSourceSubsampling(step, step, 0, 0);
    BufferedImage image = reader.read(index, param);
    return GreyImage.of(image, Math.max(1, dpi(index) / step));
  }

  /** The smallest whole step in each direction that brings the image within the pixel limit. */
  static int subsampling(long width, long height) {
    int step = 1;
    while ((width / step) * (height / step) > OcrLimits.MAX_PIXELS) {
      step++;
    }
    return step;
  }

  /** The horizontal resolution the file records (PNG pHYs, JPEG JFIF, TIFF tags), else the default. */
  private int dpi(int index) {
    try {
      IIOMetadata metadata = reader.getImageMetadata(index);
      if (metadata != null && metadata.isStandardMetadataFormatSupported()) {
        org.w3c.dom.Node root = metadata.getAsTree("javax_imageio_1.0");
        NodeList nodes = ((org.w3c.dom.Element) root).getElementsByTagName("HorizontalPixelSize");
        if (nodes.getLength() > 0) {
          double mmPerPixel = Double.parseDouble(((org.w3c.dom.Element) nodes.item(0)).getAttribute("value"));
          int dpi = (int) Math.round(25.4 / mmPerPixel);
          if (dpi >= 50 && dpi <= 2400) {
            return dpi;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // No usable resolution in the file: assume a scanner's.
    }
    return DEFAULT_DPI;
  }

  @Override
  public void close() throws IOException {
    reader.dispose();
    input.close();
  }
}
