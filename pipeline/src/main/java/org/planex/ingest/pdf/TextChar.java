package org.planex.ingest.pdf;

/**
 * One character a page shows, as PDFBox reported it, in user space.
 *
 * @param startX glyph origin on the baseline
 * @param endX where the glyph's advance ends
 * @param dirX unit vector of the text's baseline, for glyphs without an advance
 * @param size font size in user space units
 * @param spaceWidth width of a space in this font and size, 0 when unknown
 */
record TextChar(String text, double startX, double startY, double endX, double endY, double dirX, double dirY,
    double size, double spaceWidth) {}
