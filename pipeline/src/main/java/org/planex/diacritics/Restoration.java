package org.planex.diacritics;

import java.util.List;

/**
 * Restored text and what changed in it.
 *
 * @param text the input with diacritics restored: same length, same line structure, same offsets
 * @param changed every token restoration changed, in text order
 * @param syllablesRestored syllables that were open to restoration (changed or not)
 */
public record Restoration(String text, List<RestoredToken> changed, int syllablesRestored) {

  public Restoration {
    changed = List.copyOf(changed);
  }

  /** Changed tokens whose margin is below {@code margin}. */
  public List<RestoredToken> lowConfidence(float margin) {
    return changed.stream().filter(t -> t.margin() < margin).toList();
  }
}
