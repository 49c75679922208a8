package org.planex.ingest.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planex.ingest.RawDocument;
import org.planex.ingest.encoding.LegacyEncodingDetector;
import org.planex.model.Warning;

/** Converts TCVN3/VNI font text to Unicode where the document reads better for it (see the detector). */
public final class LegacyEncodingFilter implements RawFilter {

  private final LegacyEncodingDetector detector = new LegacyEncodingDetector();

  @Override
  public RawDocument apply(RawDocument document) {
    List<String> texts = LineMapper.texts(document);
    LegacyEncodingDetector.Result result = detector.repair(texts);
    if (result.encoding() == null) {
      return document;
    }
    Map<String, String> converted = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!texts.get(i).equals(result.lines().get(i))) {
        converted.put(texts.get(i), result.lines().get(i));
      }
    }
    return LineMapper.map(document, s -> converted.getOrDefault(s, s))
        .withEncoding(result.encoding().name())
        .withWarning(Warning.of("ingest", "legacy-encoding", String.format(
            "converted %d of %d lines from the %s font encoding to Unicode", result.convertedLines(), texts.size(),
            result.encoding().name())));
  }
}
