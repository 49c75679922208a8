package org.planex.ingest.pdf;

/** A word of a text line (NFC), with its horizontal extent. */
record Word(String text, double x0, double x1) {}
