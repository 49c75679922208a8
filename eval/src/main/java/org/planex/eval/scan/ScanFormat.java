package org.planex.eval.scan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** The file formats scans come in, each written from grey page images with its resolution recorded. */
public enum ScanFormat {
  /** PNG in 4 grey levels, one page: antialiased edges kept, at a fraction of the size of 256 levels. */
  PNG("png"),
  /** Grey JPEG at quality 0.3, one page: visible compression artefacts around the letters. */
  JPEG("jpg"),
  /** Multi-page bilevel TIFF in CCITT G4, as fax machines and document scanners write it. */
  TIFF("tiff"),
  /** PDF of bilevel CCITT G4 page images, as office scanners make them: no text layer. */
  PDF("pdf");

  private final String extension;

  ScanFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  public byte[] write(List<BufferedImage> pages, int dpi) throws IOException {
    return switch (this) {
      case PNG, JPEG -> {
        if (pages.size() != 1) {
          throw new IllegalArgumentException(this + " holds one page, not " + pages.size());
        }
        yield single(this == PNG ? fourGreys(pages.getFirst()) : pages.getFirst(), dpi);
      }
      case TIFF -> tiff(pages, dpi);
      case PDF -> pdf(pages, dpi);
    };
  }

  private byte[] single(BufferedImage page, int dpi) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName(this == PNG ? "png" : "jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    if (this == JPEG) {
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.3f);
    }
    IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
    withResolution(metadata, dpi);
    return written(writer, List.of(new IIOImage(page, null, metadata)), param);
  }

  private static byte[] tiff(List<BufferedImage> pages, int dpi) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionType("CCITT T.6");
    param.setTilingMode(ImageWriteParam.MODE_EXPLICIT); // the default strips of one row each compress poorly
    param.setTiling(512, 512, 0, 0);
    List<IIOImage> images = new java.util.ArrayList<>();
    for (BufferedImage grey : pages) {
      BufferedImage page = bilevel(grey);
      IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
      withResolution(metadata, dpi);
      images.add(new IIOImage(page, null, metadata));
    }
    return written(writer, images, param);
  }

  private static byte[] written(ImageWriter writer, List<IIOImage> images, ImageWriteParam param) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      if (images.size() == 1) {
        writer.write(null, images.getFirst(), param);
      } else {
        writer.prepareWriteSequence(null);
        for (IIOImage image : images) {
          writer.writeToSequence(image, param);
        }
        writer.endWriteSequence();
      }
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** Records the resolution in the standard metadata tree, which every writer maps to its own tags. */
  private static void withResolution(IIOMetadata metadata, int dpi) throws IOException {
    if (!metadata.isStandardMetadataFormatSupported()) {
      return;
    }
    String mm = Double.toString(25.4 / dpi);
    IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
    horizontal.setAttribute("value", mm);
    IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
    vertical.setAttribute("value", mm);
    IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
    dimension.appendChild(horizontal);
    dimension.appendChild(vertical);
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
    root.appendChild(dimension);
    metadata.mergeTree("javax_imageio_1.0", root);
  }

  private static byte[] pdf(List<BufferedImage> pages, int dpi) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (BufferedImage page : pages) {
        float width = page.getWidth() * 72f / dpi;
        float height = page.getHeight() * 72f / dpi;
        PDPage pdfPage = new PDPage(new PDRectangle(width, height));
        doc.addPage(pdfPage);
        PDImageXObject image = CCITTFactory.createFromImage(doc, bilevel(page));
        try (PDPageContentStream content = new PDPageContentStream(doc, pdfPage)) {
          content.drawImage(image, 0, 0, width, height);
        }
      }
      doc.setDocumentId(0L); // else the trailer ID comes from the clock
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static BufferedImage fourGreys(BufferedImage page) {
    byte[] levels = new byte[4];
    for (int i = 0; i < 4; i++) {
      levels[i] = (byte) (i * 85);
    }
    java.awt.image.IndexColorModel greys = new java.awt.image.IndexColorModel(2, 4, levels, levels, levels);
    BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_BINARY, greys);
    var in = page.getRaster();
    var raster = out.getRaster();
    for (int y = 0; y < page.getHeight(); y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        raster.setSample(x, y, 0, (in.getSample(x, y, 0) + 42) / 85);
      }
    }
    return out;
  }

  private static BufferedImage bilevel(BufferedImage page) {
    BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
    var in = page.getRaster();
    var raster = out.getRaster();
    for (int y = 0; y < page.getHeight(); y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        raster.setSample(x, y, 0, in.getSample(x, y, 0) >= 160 ? 1 : 0);
      }
    }
    return out;
  }

}
