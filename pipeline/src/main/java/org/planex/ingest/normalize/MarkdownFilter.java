package org.planex.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.ingest.RawDocument;
import org.planex.ingest.RawDocument.Block;
import org.planex.ingest.RawDocument.Line;
import org.planex.ingest.RawDocument.Paragraph;
import org.planex.ingest.RawDocument.RawPage;

/**
 * Strips Markdown markup from text that uses it ({@code ##} headings, {@code **bold**}, {@code *italic*},
 * backslash escapes, rules), keeping what it meant as heading hints: {@code #} levels, and lines that were
 * wholly bold. Text with fewer than two marks of Markdown is left as it is.
 */
public final class MarkdownFilter implements RawFilter {

  private static final Pattern HEADING = Pattern.compile("^\\s*(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
  private static final Pattern BOLD_PAIR = Pattern.compile("\\*\\*[^*\\n]+\\*\\*");
  private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
  private static final Pattern EMPHASIS = Pattern.compile("(?<!\\S)[*_]+(?=\\S)|(?<=\\S)[*_]+(?!\\S)");

  @Override
  public RawDocument apply(RawDocument document) {
    if (!looksLikeMarkdown(document)) {
      return document;
    }
    boolean[] boldOpen = {false};
    List<RawPage> pages = new ArrayList<>();
    for (RawPage page : document.pages()) {
      List<Block> blocks = new ArrayList<>();
      for (Block block : page.blocks()) {
        if (block instanceof Paragraph p) {
          List<Line> lines = new ArrayList<>();
          for (Line line : p.lines()) {
            lines.add(strip(line, boldOpen));
          }
          blocks.add(new Paragraph(lines));
        } else {
          blocks.add(block);
        }
      }
      pages.add(new RawPage(page.number(), blocks));
    }
    return document.withPages(pages);
  }

  static boolean looksLikeMarkdown(RawDocument document) {
    int marks = 0;
    for (String text : LineMapper.texts(document)) {
      if (HEADING.matcher(text).matches()) {
        marks++;
      }
      Matcher bold = BOLD_PAIR.matcher(text);
      while (bold.find()) {
        marks++;
      }
      if (marks >= 2) {
        return true;
      }
    }
    return false;
  }

  private static Line strip(Line line, boolean[] boldOpen) {
    String text = line.text();
    if (RULE.matcher(text).matches()) {
      return line.withText("");
    }
    Integer level = null;
    Matcher heading = HEADING.matcher(text);
    if (heading.matches()) {
      level = heading.group(1).length();
      text = heading.group(2);
    }
    text = text.stripTrailing();
    if (text.endsWith("\\")) {
      text = text.substring(0, text.length() - 1); // Markdown hard line break
    }
    // Walk the bold delimiters to learn whether every letter of the line is bold.
    StringBuilder plain = new StringBuilder(text.length());
    int letters = 0;
    int boldLetters = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.startsWith("**", i) || text.startsWith("__", i)) {
        boldOpen[0] = !boldOpen[0];
        i++;
        continue;
      }
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (boldOpen[0]) {
          boldLetters++;
        }
      }
      plain.append(c);
    }
    String cleaned = EMPHASIS.matcher(plain).replaceAll("");
    cleaned = ESCAPE.matcher(cleaned).replaceAll("$1");
    Line out = line.withText(cleaned);
    if (level != null) {
      return out.withHeading(level, "markdown");
    }
    if (letters > 0 && boldLetters == letters) {
      return out.withHeading(null, "bold");
    }
    return out;
  }
}
