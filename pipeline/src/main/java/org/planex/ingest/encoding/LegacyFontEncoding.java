package org.planex.ingest.encoding;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.planex.text.TonePlacement;

/**
 * The 8-bit Vietnamese font encodings of pre-Unicode government files. Text typed in a {@code .VnTime}
 * (TCVN3/ABC) or {@code VNI-Times} font reaches us as Latin-1 look-alikes ({@code Uû ban nh©n d©n},
 * {@code UÛy ban nhaân daân}); {@link #decode} turns it back into Unicode.
 */
public enum LegacyFontEncoding {

  /** TCVN 5712 "ABC": one byte per accented letter, lower case in 0xA8–0xFE. */
  TCVN3 {
    @Override
    public String decode(String text) {
      StringBuilder out = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        String mapped = TCVN3_DECODE.get(c);
        out.append(mapped == null ? String.valueOf(c) : mapped);
      }
      return restoreCapitals(text, finish(out));
    }

    @Override
    public String encode(String unicode) {
      return encodeWith(unicode, TCVN3_ENCODE);
    }
  },

  /** VNI Windows: an ASCII base letter followed by a mark byte ({@code aø} = à, {@code oâ} = ô). */
  VNI {
    @Override
    public String decode(String text) {
      StringBuilder out = new StringBuilder(text.length());
      int i = 0;
      while (i < text.length()) {
        if (i + 1 < text.length()) {
          String pair = VNI_DECODE.get(text.substring(i, i + 2));
          if (pair != null) {
            out.append(pair);
            i += 2;
            continue;
          }
        }
        String single = VNI_DECODE.get(text.substring(i, i + 1));
        out.append(single != null ? single : String.valueOf(text.charAt(i)));
        i++;
      }
      return finish(out);
    }

    @Override
    public String encode(String unicode) {
      return encodeWith(unicode, VNI_ENCODE);
    }
  };

  /** Unicode text (NFC, classic tone placement) from text in this encoding. */
  public abstract String decode(String text);

  /** This encoding's rendering of Unicode text; letters it cannot represent are kept as they are. */
  public abstract String encode(String unicode);

  // Vowel rows: base, then the five tones in the order grave, hook, tilde, acute, dot below.
  private static final String[] VOWELS = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"};
  private static final char[] TONES = {'\u0300', '\u0309', '\u0303', '\u0301', '\u0323'};

  // TCVN3 code points (as Latin-1 characters) for each vowel row; 'a','e','i','o','u','y' stay ASCII.
  private static final int[][] TCVN3_CODES = {
      {'a', 0xB5, 0xB6, 0xB7, 0xB8, 0xB9},
      {0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6},
      {0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB},
      {'e', 0xCC, 0xCE, 0xCF, 0xD0, 0xD1},
      {0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6},
      {'i', 0xD7, 0xD8, 0xDC, 0xDD, 0xDE},
      {'o', 0xDF, 0xE1, 0xE2, 0xE3, 0xE4},
      {0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9},
      {0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE},
      {'u', 0xEF, 0xF1, 0xF2, 0xF3, 0xF4},
      {0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9},
      {'y', 0xFA, 0xFB, 0xFC, 0xFD, 0xFE},
  };

  // VNI: the mark string that follows the ASCII base letter, per tone (none, grave, hook, tilde, acute, dot).
  private static final String[] VNI_PLAIN = {"", "ø", "û", "õ", "ù", "ï"};
  private static final String[] VNI_CIRCUMFLEX = {"â", "à", "å", "ã", "á", "ä"};
  private static final String[] VNI_BREVE = {"ê", "è", "ú", "ü", "é", "ë"};
  // Letters VNI writes as one byte: i with tones, ơ, ư, ỵ, đ.
  private static final String[][] VNI_SINGLE = {
      {"ì", "ì"}, {"ỉ", "æ"}, {"ĩ", "ó"}, {"í", "í"}, {"ị", "ò"}, {"ơ", "ô"}, {"ư", "ö"}, {"ỵ", "î"}, {"đ", "ñ"},
  };

  private static final Map<Character, String> TCVN3_DECODE = new HashMap<>();
  private static final Map<String, String> TCVN3_ENCODE = new HashMap<>();
  private static final Map<String, String> VNI_DECODE = new HashMap<>();
  private static final Map<String, String> VNI_ENCODE = new HashMap<>();

  static {
    for (int v = 0; v < VOWELS.length; v++) {
      for (int t = 0; t < 6; t++) {
        String letter = withTone(VOWELS[v], t);
        int code = TCVN3_CODES[v][t];
        if (code >= 0x80) {
          TCVN3_DECODE.put((char) code, letter);
          TCVN3_ENCODE.put(letter, String.valueOf((char) code));
        }
      }
    }
    String[][] tcvnUpper = {{"Ă", "\u00A1"}, {"Â", "\u00A2"}, {"Ê", "\u00A3"}, {"Ô", "\u00A4"}, {"Ơ", "\u00A5"},
        {"Ư", "\u00A6"}, {"Đ", "\u00A7"}, {"đ", "\u00AE"}};
    for (String[] pair : tcvnUpper) {
      TCVN3_DECODE.put(pair[1].charAt(0), pair[0]);
      TCVN3_ENCODE.put(pair[0], pair[1]);
    }

    for (int v = 0; v < VOWELS.length; v++) {
      String vowel = VOWELS[v];
      if (vowel.equals("i") || vowel.equals("ơ") || vowel.equals("ư")) {
        continue;
      }
      String base = switch (vowel) {
        case "ă", "â" -> "a";
        case "ê" -> "e";
        case "ô" -> "o";
        default -> vowel;
      };
      String[] marks = switch (vowel) {
        case "ă" -> VNI_BREVE;
        case "â", "ê", "ô" -> VNI_CIRCUMFLEX;
        default -> VNI_PLAIN;
      };
      for (int t = 0; t < 6; t++) {
        if (vowel.equals("y") && t == 5) {
          continue; // ỵ is a single byte
        }
        if (marks[t].isEmpty()) {
          continue;
        }
        putVni(withTone(vowel, t), base + marks[t]);
      }
    }
    for (String[] single : VNI_SINGLE) {
      putVni(single[0], single[1]);
    }
    // ơ and ư take tone marks after their one-byte form: ờ = "ôø", ự = "öï".
    for (String[] horn : new String[][] {{"ơ", "ô"}, {"ư", "ö"}}) {
      for (int t = 1; t < 6; t++) {
        putVni(withTone(horn[0], t), horn[1] + VNI_PLAIN[t]);
      }
    }
  }

  private static void putVni(String lowerLetter, String lowerCode) {
    VNI_DECODE.put(lowerCode, lowerLetter);
    VNI_ENCODE.put(lowerLetter, lowerCode);
    String upperLetter = lowerLetter.toUpperCase(java.util.Locale.ROOT);
    String upperCode = lowerCode.toUpperCase(java.util.Locale.ROOT);
    VNI_DECODE.put(upperCode, upperLetter);
    VNI_ENCODE.put(upperLetter, upperCode);
  }

  private static String withTone(String vowel, int tone) {
    String s = tone == 0 ? vowel : vowel + TONES[tone - 1];
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static String encodeWith(String unicode, Map<String, String> table) {
    String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length() + 16);
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      String letter = new String(Character.toChars(cp));
      String code = table.get(letter);
      out.append(code != null ? code : letter);
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static String finish(StringBuilder decoded) {
    return TonePlacement.toClassic(Normalizer.normalize(decoded, Normalizer.Form.NFC));
  }

  /**
   * Words typed in an uppercase font ({@code .VnTimeH}) carry lower-case codes between their ASCII capitals
   * ("PHÝ" for PHÍ, "NGHÜA" for NGHĨA): a word whose ASCII letters are all capitals, at least two of them, is
   * written in capitals, and so is a word with a single capital ("X·" for XÃ) standing next to such a word. A
   * lone capital among ordinary words ("Uû ban" = Ủy ban) starts an ordinary word.
   */
  static String restoreCapitals(String original, String decoded) {
    String[] from = original.split(" ", -1);
    String[] to = decoded.split(" ", -1);
    if (from.length != to.length) {
      return decoded;
    }
    int[] capitals = new int[from.length];
    for (int i = 0; i < from.length; i++) {
      capitals[i] = asciiCapitalsOnly(from[i]);
    }
    StringBuilder out = new StringBuilder(decoded.length());
    for (int i = 0; i < to.length; i++) {
      if (i > 0) {
        out.append(' ');
      }
      boolean besideCapitals = (i > 0 && capitals[i - 1] >= 2) || (i + 1 < to.length && capitals[i + 1] >= 2);
      boolean upper = capitals[i] >= 2 || (capitals[i] == 1 && besideCapitals);
      out.append(upper ? to[i].toUpperCase(java.util.Locale.ROOT) : to[i]);
    }
    return out.toString();
  }

  /** The number of ASCII capitals in {@code word}, or 0 when it has an ASCII lower-case letter. */
  private static int asciiCapitalsOnly(String word) {
    int capitals = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return 0;
      }
      if (c >= 'A' && c <= 'Z') {
        capitals++;
      }
    }
    return capitals;
  }
}
