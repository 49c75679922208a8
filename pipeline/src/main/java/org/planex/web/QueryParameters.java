package org.planex.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The parameters of a request's query string, checked against those its endpoint knows. */
final class QueryParameters {

  private final Map<String, String> values;

  private QueryParameters(Map<String, String> values) {
    this.values = values;
  }

  /** Parses {@code rawQuery}; an unknown, repeated or undecodable parameter is a {@link BadRequest}. */
  static QueryParameters parse(String rawQuery, Set<String> known) {
    Map<String, String> values = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return new QueryParameters(values);
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (!known.contains(name)) {
        throw new BadRequest("unknown parameter '" + name + "'; this endpoint takes " + new TreeSet<>(known));
      }
      if (values.put(name, value) != null) {
        throw new BadRequest("parameter '" + name + "' is given twice");
      }
    }
    return new QueryParameters(values);
  }

  /** The value, or null when absent or empty. */
  String get(String name) {
    String value = values.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  int integer(String name, int otherwise) {
    String value = get(name);
    if (value == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequest("parameter '" + name + "' must be a whole number, not '" + value + "'");
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadRequest("the query string is not valid URL encoding");
    }
  }
}
