package org.planex.eval.synth;

import java.util.ArrayList;
import java.util.List;
import org.planex.eval.synth.SynthDocument.Block;
import org.planex.eval.synth.SynthDocument.Paragraph;
import org.planex.eval.synth.SynthDocument.Style;

/**
 * Hard-wraps paragraphs mid-sentence at a width of 70–90 columns, between words, now and then with blank lines
 * between the wrapped lines: text copied out of a PDF or a fixed-width editor (the Việt Khê and Mộ Lao seeds).
 * The header block and tables keep their lines.
 */
final class HardWrap {

  private HardWrap() {}

  static SynthDocument apply(SynthDocument document, PlanRandom random) {
    int width = random.between(70, 90);
    boolean blankBetween = random.chance(0.4);
    List<Block> blocks = new ArrayList<>();
    for (Block block : document.blocks()) {
      if (!(block instanceof Paragraph p) || p.text().length() <= width) {
        blocks.add(block);
        continue;
      }
      List<String> lines = wrap(p.text(), width);
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0 && blankBetween) {
          blocks.add(new Paragraph("", Style.SPACER, null));
        }
        blocks.add(new Paragraph(lines.get(i), p.style(), i == 0 ? p.section() : null));
      }
    }
    return document.withBlocks(blocks);
  }

  /** Lines of at most {@code width} characters, broken at spaces (a longer word gets a line of its own). */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (!line.isEmpty()) {
        line.append(' ');
      }
      line.append(word);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
