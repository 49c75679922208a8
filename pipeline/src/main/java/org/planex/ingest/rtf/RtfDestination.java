package org.planex.ingest.rtf;

/** Where the text of a group goes. */
enum RtfDestination {
  /** The document's content. */
  BODY,
  /** Nowhere: pictures, page furniture, field instructions, tables of settings, unknown {@code \*} groups. */
  SKIP,
  /** {@code \fonttbl}: font numbers and their character sets. */
  FONT_TABLE,
  /** {@code \stylesheet} itself. */
  STYLESHEET,
  /** One style of the stylesheet. */
  STYLE_ENTRY
}
