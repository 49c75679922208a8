package org.planex.ingest.rtf;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading level of each paragraph style in {@code \stylesheet}: from the style's {@code \outlinelevelN}, or
 * else from a name such as "heading 2" or "Tiêu đề 2" (Word writes built-in names in English, some writers
 * localise them).
 */
final class RtfStylesheet {

  private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|tiêu đề|tieu de)\\s*([1-9])");
  /** Style names are short; a longer run of text is not a name and is not kept whole. */
  private static final int MAX_NAME = 256;

  private final Map<Integer, Integer> levels = new HashMap<>();

  // The entry being read.
  private boolean open;
  private int number;
  private boolean paragraphStyle;
  private int outlineLevel;
  private final StringBuilder name = new StringBuilder();

  /** Starts an entry: each one is a group, or in old files a run ended by ';'. */
  void startEntry() {
    open = true;
    number = 0; // an entry without \sN defines style 0
    paragraphStyle = true;
    outlineLevel = -1;
    name.setLength(0);
  }

  /** {@code \sN}. */
  void paragraphStyle(int value) {
    number = value;
  }

  /** {@code \csN}, {@code \dsN} or {@code \tsN}: a character, section or table style, never a heading. */
  void otherStyle() {
    paragraphStyle = false;
  }

  void outlineLevel(int value) {
    outlineLevel = value;
  }

  /** Text of the entry: its name, ended by ';'. */
  void text(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ';') {
        endEntry();
        startEntry();
      } else if (open && name.length() < MAX_NAME) {
        name.append(c);
      }
    }
  }

  /** The end of the entry's group: an entry without its ';' still counts. */
  void endEntry() {
    if (!open) {
      return;
    }
    open = false;
    Integer level;
    if (outlineLevel < 0) {
      level = levelOfName(name.toString());
    } else {
      level = outlineLevel <= 8 ? Integer.valueOf(Math.min(outlineLevel + 1, 6)) : null; // 9 is body text
    }
    if (paragraphStyle && level != null) {
      levels.put(number, level);
    } else if (paragraphStyle && !name.isEmpty()) {
      levels.remove(number);
    }
  }

  /** The heading level of paragraph style {@code style}, or {@code null} for body styles. */
  Integer headingLevel(int style) {
    return levels.get(style);
  }

  /** The level a style name such as "heading 3" or "Heading 3,H3" stands for; {@code null} for other names. */
  static Integer levelOfName(String styleName) {
    String folded = Normalizer.normalize(styleName, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    for (String alias : folded.split(",")) {
      Matcher m = HEADING_NAME.matcher(alias.strip());
      if (m.matches()) {
        return Math.min(Integer.parseInt(m.group(1)), 6);
      }
    }
    return null;
  }
}
