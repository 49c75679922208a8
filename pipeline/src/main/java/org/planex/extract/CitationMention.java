package org.planex.extract;

/**
 * One mention of a cited document, before mentions of the same document are collapsed.
 *
 * @param explicitType whether the type was named in words ("Nghị quyết số …") rather than read off the symbol
 * @param printedNumber the number as printed, damage and all; null for a law cited by name
 * @param key what identifies the document inside one plan: the folded canonical number, or the law's name
 */
record CitationMention(DocumentType type, boolean explicitType, String printedNumber, String number, String date,
    String issuer, String title, String key, int start, int end) {

  /** How much the mention says beyond its number: the fullest mention gives the citation its fields. */
  int fullness() {
    return (date != null ? 1 : 0) + (issuer != null ? 1 : 0) + (title != null ? 1 : 0);
  }
}
