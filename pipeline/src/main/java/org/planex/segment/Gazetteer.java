package org.planex.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.planex.text.TonePlacement;

/**
 * Which province each administrative unit lies in, before and after the July 2025 reform: the bundled
 * {@code gazetteer.tsv} (built by {@code ./planex train gazetteer}; sources and licences in
 * {@code gazetteer.md}). Communes, wards, special zones and, before 2025, districts, keyed by type and name.
 */
final class Gazetteer {

  /** The units before the July 2025 reform (63 provinces, districts) and after it (34 provinces). */
  enum Era { PRE_2025, SINCE_2025 }

  private final Map<String, Set<String>> provincesOfUnit = new HashMap<>();
  private final Map<String, String> provinceNames = new HashMap<>();

  private static final class Bundled {
    static final Gazetteer INSTANCE = load();
  }

  private Gazetteer() {}

  static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  /** The provinces that have a unit of this type and name in this era (several when the name is shared). */
  Set<String> provinces(Era era, String type, String name) {
    return provincesOfUnit.getOrDefault(key(era.name(), type, name), Set.of());
  }

  /** Whether a unit of this type and name exists in either era. */
  boolean known(String type, String name) {
    for (Era era : Era.values()) {
      if (!provinces(era, type, name).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The province's name as the gazetteer writes it ({@code HÀ NỘI} → {@code Hà Nội}), or null if none. */
  String province(String name) {
    return provinceNames.get(normal(name));
  }

  private static Gazetteer load() {
    Gazetteer gazetteer = new Gazetteer();
    try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
      if (in == null) {
        return gazetteer; // no province then, rather than a failing stage
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split("\t");
        if (line.startsWith("#") || f.length < 4) {
          continue;
        }
        String era = f[0].equals("2025") ? Era.SINCE_2025.name() : Era.PRE_2025.name();
        gazetteer.provinceNames.put(normal(f[1]), f[1]);
        for (String name : f[3].split("\\|")) {
          gazetteer.provincesOfUnit.computeIfAbsent(key(era, f[2], name), k -> new TreeSet<>()).add(f[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    gazetteer.provincesOfUnit.replaceAll((k, v) -> Set.copyOf(v));
    return gazetteer;
  }

  private static String key(String era, String type, String name) {
    return era + "\t" + normal(type) + "\t" + normal(name);
  }

  /** NFC, the classic tone placement ({@code Hoà} → {@code Hòa}), single spaces, lower case. */
  static String normal(String name) {
    return TonePlacement.toClassic(name).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
