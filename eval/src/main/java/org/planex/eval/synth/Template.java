package org.planex.eval.synth;

/**
 * Expands the templates of the phrase files: {@code [a|b|c]} becomes one of its alternatives, {@code {name}} what
 * the caller's slots give for that name.
 */
final class Template {

  /** Fills one {@code {name}} slot. */
  @FunctionalInterface
  interface Slots {

    /**
     * @param atStart whether the slot opens the text, so what fills it should start with a capital
     */
    String fill(String name, boolean atStart);
  }

  private Template() {}

  static String expand(String template, Slots slots, PlanRandom random) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    String rest = template;
    while (!rest.isEmpty()) {
      char c = rest.charAt(0);
      if (c == '[') {
        // The chosen alternative is read on as template text: it may hold slots of its own.
        int end = closing(rest, ']');
        String[] alternatives = rest.substring(1, end).split("\\|", -1);
        rest = alternatives[random.below(alternatives.length)] + rest.substring(end + 1);
      } else if (c == '{') {
        int end = closing(rest, '}');
        out.append(slots.fill(rest.substring(1, end), out.isEmpty()));
        rest = rest.substring(end + 1);
      } else {
        int next = nextSpecial(rest);
        out.append(rest, 0, next);
        rest = rest.substring(next);
      }
    }
    return out.toString();
  }

  /** {@code text} with its first letter in capitals. */
  static String capitalize(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
  }

  private static int closing(String template, char close) {
    int end = template.indexOf(close);
    if (end < 0) {
      throw new IllegalArgumentException("unclosed " + template.charAt(0) + " in: " + template);
    }
    return end;
  }

  private static int nextSpecial(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '[' || text.charAt(i) == '{') {
        return i;
      }
    }
    return text.length();
  }
}
