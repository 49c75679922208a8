package org.planex.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.planex.model.PlanJson;

/** {@code errors.jsonl}: one line per failed input, written as failures happen so a killed run keeps them. */
final class ErrorLog implements AutoCloseable {

  /** One failed input. */
  @JsonPropertyOrder({"path", "error", "exception", "message"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Entry(String path, String error, String exception, String message) {}

  private final BufferedWriter writer;

  ErrorLog(Path file) {
    try {
      writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized void add(Entry entry) {
    try {
      writer.write(PlanJson.writeCompact(entry));
      writer.write('\n');
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
