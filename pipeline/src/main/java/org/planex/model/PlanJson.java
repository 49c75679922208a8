package org.planex.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The one JSON mapping of the model, shared by every stage, command and scorer. */
public final class PlanJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private static final ObjectMapper COMPACT = MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT);

  private PlanJson() {}

  /** The shared, thread-safe mapper (pretty printing on). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String write(PlanDocument document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line, for protocols and JSON Lines files. */
  public static String writeCompact(Object value) {
    try {
      return COMPACT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static PlanDocument read(String json) throws IOException {
    return MAPPER.readValue(json, PlanDocument.class);
  }

  public static PlanDocument read(Path file) throws IOException {
    return MAPPER.readValue(file.toFile(), PlanDocument.class);
  }
}
