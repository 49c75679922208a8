package org.planex.eval.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.planex.model.Body;
import org.planex.model.Quota;

/**
 * Checks a gold annotation against {@code corpus/ANNOTATION.md} and against the plan's true text: closed
 * vocabularies, date and number forms, NFC, and that every section start, task, quota and deadline quoted by
 * the gold really occurs in the plan (section starts in document order). Returns problems as readable lines.
 */
public final class GoldValidator {

  public static final Set<String> LABELS = Set.of("header", "legal-basis", "purpose", "requirements", "audience",
      "content", "forms", "solutions", "organization", "budget", "closing", "recipients", "signature", "appendix");
  public static final Set<String> ROLES = Set.of("lead", "support", "requested");
  public static final Set<String> UNIT_TYPES = Set.of("xã", "phường", "thị trấn", "đặc khu");
  public static final Set<String> CITATION_TYPES = Set.of("Luật", "Bộ luật", "Hiến pháp", "Nghị quyết",
      "Nghị định", "Quyết định", "Chỉ thị", "Thông tư", "Thông tư liên tịch", "Kế hoạch", "Công văn", "Kết luận",
      "Hướng dẫn", "Thông báo", "Chương trình", "Đề án", "Tờ trình", "Báo cáo", "Công điện", "Quy chế");
  public static final Set<String> RECURRENCES = Set.of("weekly", "monthly", "quarterly", "half-yearly", "yearly",
      "continuous");

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");
  private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2]))?");
  private static final Pattern PERIOD_DATE = Pattern.compile(
      "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?|-Q[1-4]|-H[12])?");
  /** Digits, then the symbol; no spaces, no doubled slash, no dangling hyphen. */
  private static final Pattern CANONICAL_NUMBER = Pattern.compile("(?!.*//)\\d+[-/][^\\s]*[^\\s/-]");
  private static final Pattern SECTION_NUMBER = Pattern.compile(
      "[IVXLC]+\\.|\\d+(\\.\\d+)*\\.?|[a-zđ]\\)|[-+•*]");

  private GoldValidator() {}

  /**
   * Problems of {@code gold}, given {@code text}: the plan's true text (the restored text of an OCR'd plan,
   * otherwise the ingested text of its primary file).
   */
  public static List<String> validate(GoldDocument gold, String text) {
    List<String> problems = new ArrayList<>();
    checkNfc(new ObjectMapper().valueToTree(gold), "", problems);
    String flat = collapse(text);
    checkMetadata(gold, problems);
    checkSections(gold.sections(), flat, problems);
    for (GoldCitation citation : gold.citations()) {
      String where = "citation " + citation.number();
      requireIn(citation.type(), CITATION_TYPES, where + " type", problems);
      if (citation.number() == null && citation.title() == null) {
        problems.add(where + ": a citation without number needs a title");
      }
      if (citation.number() != null && !CANONICAL_NUMBER.matcher(citation.number()).matches()) {
        problems.add(where + ": number not in canonical form");
      }
      if (citation.number() != null && citation.number().equals(gold.metadata().number())) {
        problems.add(where + ": the plan's own number is not a citation");
      }
      checkDate(citation.date(), ISO_DATE, where + " date", problems);
    }
    long distinct = gold.citations().stream().map(c -> c.type() + " " + c.number() + " " + c.title()).distinct()
        .count();
    if (distinct != gold.citations().size()) {
      problems.add("citations: a document is listed twice");
    }
    for (Body body : gold.bodies()) {
      requireIn(body.role(), ROLES, "body " + body.name() + " role", problems);
      for (String task : body.tasks()) {
        requireOccurs(task, flat, "task of " + body.name(), problems);
      }
    }
    for (Quota quota : gold.quotas()) {
      if (quota.quantity() == null || quota.unit() == null) {
        problems.add("quota " + quota.text() + ": quantity and unit are required");
      }
      requireOccurs(quota.text(), flat, "quota", problems);
    }
    for (GoldDeadline deadline : gold.deadlines()) {
      checkDate(deadline.date(), PERIOD_DATE, "deadline " + deadline.text() + " date", problems);
      if (deadline.recurrence() != null) {
        for (String one : deadline.recurrence().split(",")) {
          requireIn(one, RECURRENCES, "deadline " + deadline.text() + " recurrence", problems);
        }
      }
      requireOccurs(deadline.text(), flat, "deadline", problems);
    }
    return problems;
  }

  private static void checkMetadata(GoldDocument gold, List<String> problems) {
    GoldMetadata metadata = gold.metadata();
    if (metadata == null) {
      problems.add("metadata missing");
      return;
    }
    if (metadata.number() != null && !CANONICAL_NUMBER.matcher(metadata.number()).matches()) {
      problems.add("metadata number not in canonical form: " + metadata.number());
    }
    checkDate(metadata.date(), ISO_DATE, "metadata date", problems);
    checkDate(metadata.partialDate(), PARTIAL_DATE, "metadata partialDate", problems);
    if (metadata.date() != null && metadata.partialDate() != null) {
      problems.add("metadata: date and partialDate are exclusive");
    }
    if (metadata.unit() != null) {
      requireIn(metadata.unit().type(), UNIT_TYPES, "metadata unit type", problems);
    }
    if (metadata.province() != null && metadata.province().matches("(?i)(tỉnh|thành phố) .*")) {
      problems.add("metadata province: name only, without tỉnh/thành phố");
    }
  }

  private static void checkSections(List<GoldSection> sections, String flat, List<String> problems) {
    int from = 0;
    int previousLevel = 0;
    for (int i = 0; i < sections.size(); i++) {
      GoldSection section = sections.get(i);
      String where = "section " + (i + 1) + " (" + section.number() + " " + section.firstWords() + ")";
      if (section.level() < 1 || section.level() > previousLevel + 1) {
        problems.add(where + ": level " + section.level() + " after level " + previousLevel);
      }
      previousLevel = Math.max(1, section.level());
      if (section.number() != null && !SECTION_NUMBER.matcher(section.number()).matches()) {
        problems.add(where + ": number is not a section marker");
      }
      if (section.label() != null) {
        requireIn(section.label(), LABELS, where + " label", problems);
      }
      if (section.firstWords() == null || section.firstWords().isBlank()) {
        problems.add(where + ": firstWords missing");
        continue;
      }
      int words = section.firstWords().trim().split("\\s+").length;
      if (words > 6) {
        problems.add(where + ": firstWords has " + words + " words, at most 6");
      }
      int at = flat.indexOf(collapse(section.firstWords()), from);
      if (at < 0) {
        boolean anywhere = flat.contains(collapse(section.firstWords()));
        problems.add(where + (anywhere ? ": firstWords found only before the previous section"
            : ": firstWords not in the text"));
      } else {
        from = at + 1;
      }
    }
  }

  private static void checkNfc(JsonNode node, String path, List<String> problems) {
    if (node.isTextual() && !Normalizer.isNormalized(node.asText(), Normalizer.Form.NFC)) {
      problems.add(path + ": not NFC");
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkNfc(node.get(i), path + "[" + i + "]", problems);
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      checkNfc(field.getValue(), path + "." + field.getKey(), problems);
    }
  }

  private static void checkDate(String value, Pattern form, String where, List<String> problems) {
    if (value != null && !form.matcher(value).matches()) {
      problems.add(where + ": " + value + " is not of the form " + form.pattern());
    }
  }

  private static void requireIn(String value, Set<String> allowed, String where, List<String> problems) {
    if (value == null || !allowed.contains(value)) {
      problems.add(where + ": " + value + " is not one of " + allowed);
    }
  }

  private static void requireOccurs(String quoted, String flat, String where, List<String> problems) {
    if (quoted == null || !flat.contains(collapse(quoted))) {
      problems.add(where + ": \"" + quoted + "\" is not in the text");
    }
  }

  /** Whitespace runs become one space, so wraps in the plan do not matter. */
  static String collapse(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
  }
}
