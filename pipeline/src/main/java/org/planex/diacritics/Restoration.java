package org.planex.diacritics;

import java.util.List;

/**
 * Restored text and what changed in it.
 *
 * @param text the input with diacritics restored: same line structure; same length and offsets unless OCR damage
 *     was repaired, when {@link #restoredOffset} maps input offsets to offsets here
 * @param changed every token restoration changed, in text order
 * @param syllablesRestored syllables that were open to restoration (changed or not)
 */
public record Restoration(String text, List<RestoredToken> changed, int syllablesRestored) {

  public Restoration {
    changed = List.copyOf(changed);
  }

  /** Where input offset {@code offset} lands in {@link #text}: inside a changed token, at its start. */
  public int restoredOffset(int offset) {
    int shift = 0;
    for (RestoredToken token : changed) {
      if (token.end() > offset) {
        return token.start() >= offset ? offset + shift : token.start() + shift;
      }
      shift += token.restored().length() - token.original().length();
    }
    return offset + shift;
  }

  /** Changed tokens whose margin is below {@code margin}. */
  public List<RestoredToken> lowConfidence(float margin) {
    return changed.stream().filter(t -> t.margin() < margin).toList();
  }
}
