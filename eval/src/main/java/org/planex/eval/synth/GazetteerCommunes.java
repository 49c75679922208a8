package org.planex.eval.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the communes, wards and special zones of the 2025 gazetteer ({@code vn_units_2025.json}, MIT): each
 * unit's full name ({@code Phường Ba Đình}) split into type and proper name, with its province.
 */
public final class GazetteerCommunes {

  private static final List<String> UNIT_TYPES = List.of("đặc khu", "phường", "xã", "thị trấn");
  private static final List<String> PROVINCE_KINDS = List.of("thành phố", "tỉnh");

  private GazetteerCommunes() {}

  public static List<Commune> read(Path json) throws IOException {
    List<Commune> communes = new ArrayList<>();
    for (JsonNode province : new ObjectMapper().readTree(json.toFile())) {
      String[] kindAndName = split(SourceText.clean(province.get("FullName").asText()), PROVINCE_KINDS);
      for (JsonNode ward : province.get("Wards")) {
        String[] typeAndName = split(SourceText.clean(ward.get("FullName").asText()), UNIT_TYPES);
        communes.add(new Commune(typeAndName[0], typeAndName[1], kindAndName[1], kindAndName[0]));
      }
    }
    return communes;
  }

  /** {@code Tỉnh Thanh Hóa} → {@code [tỉnh, Thanh Hóa]}; the prefix is matched case-insensitively. */
  private static String[] split(String fullName, List<String> prefixes) {
    String lower = fullName.toLowerCase(Locale.ROOT);
    for (String prefix : prefixes) {
      if (lower.startsWith(prefix + " ")) {
        return new String[] {prefix, fullName.substring(prefix.length() + 1)};
      }
    }
    throw new IllegalArgumentException("unit without a known type: " + fullName);
  }
}
