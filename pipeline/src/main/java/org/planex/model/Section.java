package org.planex.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A numbered or headed part of the plan, with offsets into {@code text}.
 *
 * @param number as written, e.g. {@code II.} or {@code 4.1.}
 * @param level depth in the tree, 1 for the top
 * @param label a normalised name from a small vocabulary (purpose, content, organization …)
 */
@JsonPropertyOrder({"number", "level", "heading", "label", "start", "end", "children"})
public record Section(String number, int level, String heading, String label, int start, int end,
    List<Section> children) {

  public Section {
    children = children == null ? List.of() : List.copyOf(children);
  }
}
