package org.planex.ingest.rtf;

/** The character and paragraph properties in force in one group; a nested group starts from a copy of them. */
final class RtfGroupState {

  RtfDestination destination = RtfDestination.BODY;
  /** Inside an {@code upr} group: where its {@code ud} (Unicode) half goes, the ANSI half being skipped. */
  RtfDestination unicodeAlternative;

  // Character properties.
  boolean bold;
  boolean hidden;
  int font = -1;
  /** The {@code uc} value: how many fallback characters follow each Unicode escape. */
  int unicodeSkip = 1;

  // Paragraph properties.
  int style;
  /** {@code \outlinelevelN} of the paragraph itself, -1 when it has none (the style's then applies). */
  int outlineLevel = -1;
  boolean inTable;

  RtfGroupState copy() {
    RtfGroupState c = new RtfGroupState();
    c.destination = destination;
    c.unicodeAlternative = unicodeAlternative;
    c.bold = bold;
    c.hidden = hidden;
    c.font = font;
    c.unicodeSkip = unicodeSkip;
    c.style = style;
    c.outlineLevel = outlineLevel;
    c.inTable = inTable;
    return c;
  }

  /** {@code \plain}. */
  void resetCharacter(int defaultFont) {
    bold = false;
    hidden = false;
    font = defaultFont;
  }

  /** {@code \pard}. */
  void resetParagraph() {
    style = 0;
    outlineLevel = -1;
    inTable = false;
  }
}
