package org.planex.eval.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The generator's vocabulary files: UTF-8, one record a line, tab-separated fields, {@code #} comments. They sit
 * beside the classes on the class path, so a fresh clone generates without {@code ../shared/data}.
 */
public final class TsvResource {

  private TsvResource() {}

  /** The non-comment lines of {@code name} (relative to this package), split at tabs. */
  public static List<String[]> rows(String name) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(name)) {
      rows.add(line.split("\t", -1));
    }
    return rows;
  }

  /** The non-blank, non-comment lines of {@code name}. */
  public static List<String> lines(String name) {
    try (InputStream in = TsvResource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the class path (run ./planex synth vocab)");
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code rows} below a comment header, so a regenerated file says where it came from. */
  public static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
    StringBuilder out = new StringBuilder();
    for (String line : header) {
      out.append("# ").append(line).append('\n');
    }
    for (List<String> row : rows) {
      for (String field : row) {
        if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0) {
          throw new IllegalArgumentException("field with a tab or line break: " + field);
        }
      }
      out.append(String.join("\t", row)).append('\n');
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, out, StandardCharsets.UTF_8);
  }
}
