package org.planex.eval.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.planex.eval.synth.Commune;
import org.planex.eval.synth.GazetteerCommunes;
import org.planex.eval.synth.SourceText;

/**
 * Derives the segment stage's compact gazetteer from the two gazetteers of {@code ../shared/data}: for each era
 * (the units after the July 2025 reform, and the communes and districts before it), each province's units by
 * type. It is all the stage needs to name the province of a unit; codes and the rest are left out.
 */
final class GazetteerBuilder {

  static final Path UNITS_2025 = Path.of("gazetteer/units-2025/vn_units_2025.json");
  static final Path UNITS_PRE_2025 = Path.of("gazetteer/units-pre-2025/admin_units.tsv");
  private static final List<String> PROVINCE_KINDS = List.of("thành phố", "tỉnh");

  /** era → province → unit type → names, all sorted so the file is the same on every run. */
  private final Map<String, Map<String, Map<String, TreeSet<String>>>> units = new TreeMap<>();

  private GazetteerBuilder() {}

  static GazetteerBuilder read(Path data) throws IOException {
    GazetteerBuilder builder = new GazetteerBuilder();
    for (Commune commune : GazetteerCommunes.read(data.resolve(UNITS_2025))) {
      builder.add("2025", commune.province(), commune.type(), commune.name());
    }
    List<String> lines = Files.readAllLines(data.resolve(UNITS_PRE_2025), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      // level, id, type, name, parent path ("Quận Ba Đình / Thành phố Hà Nội"): districts and communes only
      String[] f = line.split("\t", -1);
      if (f.length < 5 || f[0].equals("1")) {
        continue;
      }
      String type = SourceText.clean(f[2]).toLowerCase(Locale.ROOT);
      String name = SourceText.clean(f[3]);
      String path = SourceText.clean(f[4]);
      String province = withoutPrefix(path.substring(path.lastIndexOf('/') + 1).strip(), PROVINCE_KINDS);
      builder.add("pre-2025", province, type, withoutPrefix(name, List.of(type)));
    }
    return builder;
  }

  private void add(String era, String province, String type, String name) {
    units.computeIfAbsent(era, e -> new TreeMap<>()).computeIfAbsent(province, p -> new TreeMap<>())
        .computeIfAbsent(type, t -> new TreeSet<>()).add(name);
  }

  /** Writes the gazetteer: a line per era, province and type, names separated by {@code |}. */
  int write(Path file) throws IOException {
    List<String> out = new ArrayList<>(List.of(
        "# Units by era, province and type: era<TAB>province<TAB>type<TAB>name|name|…",
        "# Built by ./planex train gazetteer from ../shared/data: " + UNITS_2025 + " (MIT), " + UNITS_PRE_2025
            + " (GPL-3.0); see gazetteer.md beside this file."));
    int count = 0;
    for (var era : units.entrySet()) {
      for (var province : era.getValue().entrySet()) {
        for (var type : province.getValue().entrySet()) {
          out.add(String.join("\t", era.getKey(), province.getKey(), type.getKey(), String.join("|", type.getValue())));
          count += type.getValue().size();
        }
      }
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, out, StandardCharsets.UTF_8);
    return count;
  }

  /** {@code Phường Phúc Xá} → {@code Phúc Xá}, the prefix matched case-insensitively. */
  private static String withoutPrefix(String fullName, List<String> prefixes) {
    String lower = fullName.toLowerCase(Locale.ROOT);
    for (String prefix : prefixes) {
      if (lower.startsWith(prefix + " ")) {
        return fullName.substring(prefix.length() + 1).strip();
      }
    }
    return fullName;
  }
}
