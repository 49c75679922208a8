package org.planex.ingest.ocr;

/**
 * A word as the engine read it, with where it stands on the page image (pixels, origin top left).
 *
 * @param confidence the engine's confidence in [0, 100]
 */
public record OcrWord(String text, double confidence, int left, int top, int right, int bottom) {}
