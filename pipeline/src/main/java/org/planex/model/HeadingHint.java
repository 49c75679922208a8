package org.planex.model;

/**
 * A line the source marked as a heading (a Markdown {@code #}, a Word heading style, a wholly bold
 * paragraph), kept for segmentation after the markup itself is gone.
 *
 * @param level 1–6 for explicit heading levels, {@code null} when only emphasis marked it
 * @param source {@code markdown}, {@code style} or {@code bold}
 */
public record HeadingHint(int start, int end, Integer level, String source) {}
