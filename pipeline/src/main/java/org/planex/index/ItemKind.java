package org.planex.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of child document a plan's block holds, and the plural a user names them by ({@code --items}). */
public enum ItemKind {
  CITATION("citations"),
  TASK("bodies"),
  QUOTA("quotas"),
  SECTION("sections");

  private final String plural;

  ItemKind(String plural) {
    this.plural = plural;
  }

  /** The value of the {@code type} field. */
  public String type() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String plural() {
    return plural;
  }

  /** The kind a user named ({@code citations}, {@code bodies}, {@code quotas}, {@code sections}). */
  public static ItemKind fromPlural(String name) {
    for (ItemKind kind : values()) {
      if (kind.plural.equalsIgnoreCase(name.strip())) {
        return kind;
      }
    }
    throw new InvalidQueryException("unknown item kind '" + name + "': use one of "
        + Arrays.stream(values()).map(ItemKind::plural).collect(Collectors.joining(", ")));
  }
}
