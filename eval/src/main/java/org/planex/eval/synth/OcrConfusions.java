package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.planex.text.AccentFolding;

/**
 * What OCR makes of each character, counted on real damage (the Tiên Lãng plan against its restored text: tone
 * marks lost or confused, {@code ố} read as {@code 6}, {@code đ} as {@code d} or {@code P}, {@code ư} as {@code ir},
 * spaces lost or added, stray marks) and sampled to damage other text the same way, line by line.
 */
public final class OcrConfusions {

  public static final String RESOURCE = "ocr-confusions.tsv";

  /** The outputs seen for one true character, with their counts. */
  private record Distribution(String[] outputs, int[] cumulative) {

    String sample(PlanRandom random) {
      int draw = random.below(cumulative[cumulative.length - 1]);
      int at = Arrays.binarySearch(cumulative, draw + 1);
      return outputs[at >= 0 ? at : -at - 1];
    }
  }

  private final Map<String, Map<String, Integer>> counts;
  private final Map<Integer, Distribution> byCharacter = new HashMap<>();
  /** For an accented letter never seen in the source: the share the source leaves intact. */
  private final double unseenKept;

  private OcrConfusions(Map<String, Map<String, Integer>> counts) {
    this.counts = counts;
    long accented = 0;
    long kept = 0;
    for (Map.Entry<String, Map<String, Integer>> entry : counts.entrySet()) {
      String truth = entry.getKey();
      List<String> outputs = new ArrayList<>(entry.getValue().keySet());
      int[] cumulative = new int[outputs.size()];
      int sum = 0;
      for (int i = 0; i < outputs.size(); i++) {
        sum += entry.getValue().get(outputs.get(i));
        cumulative[i] = sum;
      }
      byCharacter.put(truth.codePointAt(0), new Distribution(outputs.toArray(String[]::new), cumulative));
      if (!AccentFolding.fold(truth).equals(truth)) {
        accented += sum;
        kept += entry.getValue().getOrDefault(truth, 0);
      }
    }
    this.unseenKept = accented == 0 ? 1 : (double) kept / accented;
  }

  /** Counts the confusions of line-aligned pairs: line i of {@code damaged} is OCR of line i of {@code truth}. */
  public static OcrConfusions learn(List<String> truth, List<String> damaged) {
    if (truth.size() != damaged.size()) {
      throw new IllegalArgumentException("not line-aligned: " + truth.size() + " true lines, " + damaged.size()
          + " damaged");
    }
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (int i = 0; i < truth.size(); i++) {
      String line = truth.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      List<String> outputs = LineAlignment.outputs(line, damaged.get(i).strip());
      int[] codePoints = line.codePoints().toArray();
      for (int k = 0; k < codePoints.length; k++) {
        counts.computeIfAbsent(new String(Character.toChars(codePoints[k])), c -> new TreeMap<>())
            .merge(outputs.get(k), 1, Integer::sum);
      }
    }
    return new OcrConfusions(counts);
  }

  /** The table bundled with the generator. */
  public static OcrConfusions bundled() {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (String[] row : TsvResource.rows(RESOURCE)) {
      counts.computeIfAbsent(unescape(row[0]), c -> new TreeMap<>()).put(unescape(row[1]), Integer.parseInt(row[2]));
    }
    return new OcrConfusions(counts);
  }

  /** Rows for {@link TsvResource#write}: true character, what OCR gave, how often. */
  public List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    counts.forEach((truth, outputs) -> outputs.forEach((output, count) ->
        rows.add(List.of(escape(truth), escape(output), String.valueOf(count)))));
    return rows;
  }

  /** {@code line} as OCR might read it: each character replaced by a sample of what OCR made of it. */
  public String damage(String line, PlanRandom random) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    line.codePoints().forEach(c -> {
      Distribution seen = byCharacter.get(c);
      String character = new String(Character.toChars(c));
      if (seen != null) {
        out.append(seen.sample(random));
      } else {
        String folded = AccentFolding.fold(character);
        out.append(folded.equals(character) || random.chance(unseenKept) ? character : folded);
      }
    });
    return out.toString();
  }

  // Spaces and empty outputs would vanish in a hand-edited file: they are written visibly.
  private static String escape(String s) {
    return s.isEmpty() ? "\\0" : s.replace("\\", "\\\\").replace(" ", "\\s");
  }

  private static String unescape(String s) {
    if (s.equals("\\0")) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        out.append(next == 's' ? ' ' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
