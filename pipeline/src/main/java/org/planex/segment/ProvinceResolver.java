package org.planex.segment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.model.Metadata;

/**
 * Names the plan's province: the province of its unit in the gazetteer of the plan's era, or, when the unit's
 * name is shared by units of several provinces, the one of those the text itself points to (a province or a
 * pre-2025 district it names). Without a unit the gazetteer knows, the province the text names most often.
 * Never a guess: a shared name the text does not settle gives null.
 */
final class ProvinceResolver {

  private static final Pattern PROVINCE = Pattern.compile(
      "(?:tỉnh|thành phố|Tỉnh|Thành phố|TỈNH|THÀNH PHỐ|TP\\.?)\\s*" + IssuerReader.NAME);
  private static final Pattern DISTRICT = Pattern.compile(
      "(huyện|quận|thị xã|thành phố|Huyện|Quận|Thị xã|Thành phố|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ)\\s+" + IssuerReader.NAME);
  private static final List<String> DISTRICT_TYPES = List.of("quận", "huyện", "thị xã", "thành phố");
  /** The reform took effect on 1 July 2025: plans dated before it use the old units. */
  private static final String REFORM = "2025-07";

  private ProvinceResolver() {}

  static String resolve(String text, Metadata.Unit unit, String date, String partialDate, String place) {
    Gazetteer gazetteer = Gazetteer.bundled();
    Map<String, Integer> named = namedProvinces(text, gazetteer);
    Set<String> candidates = new LinkedHashSet<>();
    if (unit != null && unit.type() != null && unit.name() != null) {
      for (Gazetteer.Era era : eras(date != null ? date : partialDate)) {
        candidates.addAll(gazetteer.provinces(era, unit.type(), unit.name()));
      }
    }
    if (candidates.size() == 1) {
      return candidates.iterator().next();
    }
    if (candidates.isEmpty()) {
      return named.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
    Set<String> pointed = new LinkedHashSet<>(named.keySet());
    pointed.addAll(districtProvinces(text, gazetteer));
    pointed.addAll(placeProvinces(place, unit, gazetteer));
    pointed.retainAll(candidates);
    return pointed.size() == 1 ? pointed.iterator().next() : null;
  }

  /** The era of a plan dated {@code date} ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}); both if unknown. */
  private static Set<Gazetteer.Era> eras(String date) {
    if (date == null || date.length() < 4) {
      return EnumSet.allOf(Gazetteer.Era.class);
    }
    if (date.length() == 4) {
      return date.compareTo(REFORM.substring(0, 4)) < 0 ? EnumSet.of(Gazetteer.Era.PRE_2025)
          : date.compareTo(REFORM.substring(0, 4)) > 0 ? EnumSet.of(Gazetteer.Era.SINCE_2025)
          : EnumSet.allOf(Gazetteer.Era.class);
    }
    return date.substring(0, 7).compareTo(REFORM) < 0 ? EnumSet.of(Gazetteer.Era.PRE_2025)
        : EnumSet.of(Gazetteer.Era.SINCE_2025);
  }

  /** Provinces the text names ("tỉnh Thanh Hóa", "TP. Hải Phòng"), with how often, first named first. */
  private static Map<String, Integer> namedProvinces(String text, Gazetteer gazetteer) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Matcher m = PROVINCE.matcher(text);
    while (m.find()) {
      String province = longestPrefix(m.group(1), gazetteer::province);
      if (province != null) {
        counts.merge(province, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Provinces of the pre-2025 districts the text names ("quận Hà Đông" → Hà Nội), when the name is not shared. */
  private static Set<String> districtProvinces(String text, Gazetteer gazetteer) {
    Set<String> provinces = new LinkedHashSet<>();
    Matcher m = DISTRICT.matcher(text);
    while (m.find()) {
      String type = m.group(1).toLowerCase(Locale.ROOT);
      Set<String> found = longestPrefix(m.group(2), name -> {
        Set<String> of = gazetteer.provinces(Gazetteer.Era.PRE_2025, type, name);
        return of.isEmpty() ? null : of;
      });
      if (found != null && found.size() == 1) {
        provinces.addAll(found);
      }
    }
    return provinces;
  }

  /**
   * The province of a place line naming something other than the unit itself: a province, or a pre-2025
   * district ("Hà Đông, ngày …" above a plan of phường Mộ Lao). The unit's own name says nothing: it is the
   * usual place, and may also be a district's name elsewhere.
   */
  private static Set<String> placeProvinces(String place, Metadata.Unit unit, Gazetteer gazetteer) {
    Set<String> provinces = new LinkedHashSet<>();
    if (place == null || Gazetteer.normal(place).equals(Gazetteer.normal(unit.name()))) {
      return provinces;
    }
    String province = gazetteer.province(place);
    if (province != null) {
      provinces.add(province);
    }
    for (String type : DISTRICT_TYPES) {
      Set<String> of = gazetteer.provinces(Gazetteer.Era.PRE_2025, type, place);
      if (of.size() == 1) {
        provinces.addAll(of);
      }
    }
    return provinces;
  }

  /**
   * What {@code lookup} finds for the longest run of the first words of {@code words} ("Hà Đông xây dựng" →
   * "Hà Đông"), or null: the name pattern takes up to four capitalised words, the name may be shorter.
   */
  private static <T> T longestPrefix(String words, Function<String, T> lookup) {
    String[] split = words.split("\\s+");
    for (int n = split.length; n >= 1; n--) {
      T found = lookup.apply(String.join(" ", Arrays.copyOf(split, n)));
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
