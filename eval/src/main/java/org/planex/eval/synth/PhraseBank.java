package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The running text of plans, by group ({@code phrases.txt}): templates, some tagged with what they suit. */
public final class PhraseBank {

  public static final String RESOURCE = "phrases.txt";

  /**
   * One template.
   *
   * @param tags the bodies a task suits, or the quota kind an appendix task can have as product; empty when any
   */
  public record Phrase(String template, Set<String> tags) {}

  private final Map<String, List<Phrase>> groups;

  private PhraseBank(Map<String, List<Phrase>> groups) {
    this.groups = groups;
  }

  public static PhraseBank bundled() {
    Map<String, List<Phrase>> groups = new LinkedHashMap<>();
    List<Phrase> current = null;
    for (String line : TsvResource.lines(RESOURCE)) {
      if (line.startsWith("[") && line.endsWith("]") && !line.contains("|")) {
        current = groups.computeIfAbsent(line.substring(1, line.length() - 1), g -> new ArrayList<>());
      } else if (current == null) {
        throw new IllegalStateException(RESOURCE + ": text before the first [group]: " + line);
      } else {
        String[] fields = line.split("\t", -1);
        current.add(new Phrase(fields[0], fields.length > 1 ? Set.of(fields[1].split(",")) : Set.of()));
      }
    }
    return new PhraseBank(groups);
  }

  public List<Phrase> group(String name) {
    List<Phrase> phrases = groups.get(name);
    if (phrases == null) {
      throw new IllegalArgumentException("no phrase group [" + name + "] in " + RESOURCE);
    }
    return phrases;
  }

  /** The templates of a group. */
  public List<String> templates(String name) {
    return group(name).stream().map(Phrase::template).toList();
  }

  public Map<String, List<Phrase>> groups() {
    return groups;
  }
}
