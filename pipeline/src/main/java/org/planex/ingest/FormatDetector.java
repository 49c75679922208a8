package org.planex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/** Tells a file's media type from its leading bytes and its name, with Tika's detector. */
public final class FormatDetector {

  private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

  /** The media type without parameters, e.g. {@code application/pdf}. */
  public String detect(Path file) throws IOException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    try (InputStream in = TikaInputStream.get(file)) {
      MediaType type = detector.detect(in, metadata);
      return type.getBaseType().toString();
    }
  }
}
