package org.planex.model;

/** Where page {@code number} (1-based) lies in {@code originalText}. */
public record PageSpan(int number, int start, int end) {}
