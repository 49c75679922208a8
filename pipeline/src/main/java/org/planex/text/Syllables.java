package org.planex.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The inventory of well-formed Vietnamese syllables (17,973 forms, underthesea's {@code hieuthi_all} list,
 * Apache-2.0), held in the classic tone placement.
 */
public final class Syllables {

  private static final Set<String> INVENTORY = load();

  private Syllables() {}

  /** Whether {@code word} (any case, either tone convention) is a well-formed Vietnamese syllable. */
  public static boolean isSyllable(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (INVENTORY.contains(lower)) {
      return true;
    }
    // Only words with marks can be in the other convention or decomposed: re-place their tone and look again.
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 0x7F) {
        return INVENTORY.contains(TonePlacement.toClassic(lower));
      }
    }
    return false;
  }

  /** Every syllable of the inventory: lower case, classic tone placement, NFC. */
  public static Set<String> inventory() {
    return INVENTORY;
  }

  /** How many distinct syllables the inventory holds. */
  public static int size() {
    return INVENTORY.size();
  }

  private static Set<String> load() {
    try (InputStream in = Syllables.class.getResourceAsStream("syllables.txt")) {
      if (in == null) {
        throw new IllegalStateException("syllables.txt missing from the class path");
      }
      Set<String> set = new HashSet<>(40_000);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String s = line.strip();
        if (!s.isEmpty()) {
          set.add(TonePlacement.toClassic(s.toLowerCase(Locale.ROOT)));
        }
      }
      return Set.copyOf(set);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
