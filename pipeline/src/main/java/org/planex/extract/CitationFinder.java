package org.planex.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.text.AccentFolding;

/**
 * Finds every mention of a cited document, as eyecite does: a tokenizer anchored on the number grammar
 * ({@link DocumentNumber}) — cheap to scan for — and, around each number, the type named before it and the date,
 * issuer and subject after it. Laws cited by name alone ("Luật Tổ chức chính quyền địa phương năm 2025") are
 * found by their own pattern. Matching runs on accent-folded text, so restored and unrestored text read alike.
 */
final class CitationFinder {

  /** How far before a number its type's name may stand ("Luật Cán bộ, công chức số 80/2025/QH15"). */
  private static final int LOOKBACK = 120;

  private static final Pattern DATE_AFTER = Pattern.compile("\\s*,?\\s*(?:(?i)ngay\\s*:?\\s*)?" + "(?="
      + "\\d)");
  private static final Pattern OF = Pattern.compile("\\s*,?\\s*(?:cua|Cua)\\s+");
  private static final Pattern ABOUT = Pattern.compile("\\s*,?\\s*(?:ve\\s+viec|V/v|ve)\\s+");
  private static final Pattern SUBJECT_START = Pattern.compile("\\s+(?=\\p{Ll})(?!(?:va|tai|ngay|cua|theo|duoc|da|"
      + "thi|de|hoac|nay|do|voi|trong|cung|nhu|la)(?![\\p{L}]))");
  private static final Pattern ISSUER_BEFORE = Pattern.compile(
      "(?:duoc|cua)\\s+([A-Z][^,;.:()\\n]{1,60}?)\\s+(?:(?:phe\\s+duyet|ban\\s+hanh)\\s+)?tai\\s+$");
  private static final Pattern LAW = Pattern.compile("(?<![\\p{L}])(Luat|Bo luat|Hien phap)\\s+(?=[A-Z])");
  private static final Pattern LAW_END = Pattern.compile(
      "\\s+năm\\s+\\d{4}|[;.()\\n:\"“”]|,\\s*(?=\\p{Lu})|\\s+số(?=\\s*\\d)|\\s+(?:và|ngày|của|được|đã|thì|tại|theo|"
          + "để|năm|còn|quy|về|này|hiện)(?![\\p{L}])");
  /** An amending law's name runs through "của Luật X": "Luật Sửa đổi, bổ sung một số điều của Luật Điện lực". */
  private static final Pattern AMENDING = Pattern.compile("(?i)^(?:Luat|Bo luat)\\s+sua doi");
  private static final Pattern NUMBER_NEXT = Pattern.compile("\\s*(?:,\\s*)?(?:so\\s*)?\\d{1,5}\\s*[/-]");

  private static final Pattern CODE_LIKE = Pattern.compile("\\p{Lu}.*\\p{Lu}|\\p{Lu}\\p{Ll}");
  private static final Pattern GAP_STOP = Pattern.compile("[\\d.:()]");
  /** "số" as printed, or as OCR reads it ("56": s and ố taken for 5 and 6). */
  private static final Pattern ONLY_SO = Pattern.compile("(?i)(số|so|sô|[s5][o6ố])?\\s*:?");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String text;
  private final String folded;

  /** One matcher of type names over the folded text, reused for every lookup (a finder serves one thread). */
  private final Matcher typeName;

  /** Where the issuer phrase of the last numbered mention ends: a number before it is part of that name. */
  private int issuerNameEnd = -1;

  CitationFinder(String text) {
    this.text = text;
    this.folded = AccentFolding.foldAligned(text);
    this.typeName = DocumentType.TYPE_AT.matcher(folded);
  }

  private boolean typeStartsAt(int at) {
    return DocumentType.nameEnd(typeName, at, Math.min(folded.length(), at + 24)) > 0;
  }

  /** Every mention in text order. */
  List<CitationMention> find() {
    List<CitationMention> mentions = new ArrayList<>();
    Matcher number = DocumentNumber.PATTERN.matcher(folded);
    while (number.find()) {
      CitationMention mention = numbered(number.start(), number.end());
      if (mention != null) {
        mentions.add(mention);
      }
    }
    Matcher law = LAW.matcher(folded);
    while (law.find()) {
      CitationMention mention = lawByName(law.start(), law.end(1));
      if (mention != null) {
        mentions.add(mention);
      }
    }
    mentions.sort(Comparator.comparingInt(CitationMention::start));
    // A law named inside a longer law's name ("… của Luật Điện lực năm 2012") is part of that name.
    List<CitationMention> out = new ArrayList<>();
    int coveredTo = -1;
    for (CitationMention m : mentions) {
      if (m.printedNumber() == null && m.start() < coveredTo) {
        continue;
      }
      out.add(m);
      coveredTo = Math.max(coveredTo, m.printedNumber() == null ? m.end() : -1);
    }
    return out;
  }

  private CitationMention numbered(int start, int end) {
    String printed = text.substring(start, end);
    // The type: the nearest name before the number, with only a few words (a law's name) between them.
    DocumentType type = null;
    boolean explicit = false;
    String lawName = null;
    int mentionStart = start;
    int from = Math.max(0, start - LOOKBACK);
    int kwStart = -1;
    int kwEnd = -1;
    // The nearest type name: tried at word starts only, from the number backwards.
    for (int i = start - 1; i >= from && kwStart < 0; i--) {
      if (Character.isLetter(folded.charAt(i)) && (i == 0 || !Character.isLetter(folded.charAt(i - 1)))) {
        int nameEnd = DocumentType.nameEnd(typeName, i, start);
        // "pháp luật số …" is no law's name: a law is named with a capital.
        boolean lowerLaw = nameEnd > 0 && folded.startsWith("luat", i) && folded.charAt(i) == 'l';
        if (nameEnd > 0 && !lowerLaw) {
          kwStart = i;
          kwEnd = nameEnd;
        }
      }
    }
    if (kwStart >= 0) {
      // A longer name ending at the same place wins: "Bộ luật" over "luật".
      int previous = kwStart - 1;
      while (previous > from && folded.charAt(previous - 1) == ' ') {
        previous--;
      }
      while (previous > from && Character.isLetter(folded.charAt(previous - 1))) {
        previous--;
      }
      if (previous >= from && previous < kwStart && DocumentType.nameEnd(typeName, previous, start) == kwEnd) {
        kwStart = previous;
      }
      DocumentType named = DocumentType.named(folded.substring(kwStart, kwEnd));
      String gap = text.substring(kwEnd, start);
      boolean isLaw = named == DocumentType.LAW || named == DocumentType.CODE || named == DocumentType.CONSTITUTION;
      if (named != null && gapFits(gap, isLaw) && (!isLaw || Character.isUpperCase(text.charAt(kwStart)))) {
        type = named;
        explicit = true;
        mentionStart = kwStart;
        if (isLaw) {
          String name = text.substring(kwStart, start).replaceFirst("(?i)[\\s,]*(số|so)?[\\s:]*$", "").strip();
          lawName = name.length() > type.label().length() ? name.replaceAll("\\s+", " ") : null;
        }
      }
    }
    String symbol = DocumentNumber.symbol(DocumentNumber.canonical(printed, null));
    if (!CODE_LIKE.matcher(symbol).find()) {
      return null;
    }
    if (type == null) {
      type = DocumentType.bySymbol(symbol);
      if (type == null || type == DocumentType.LAW) {
        return null;
      }
    }
    int at = end;
    String date = null;
    Matcher d = DATE_AFTER.matcher(folded).region(at, folded.length());
    if (d.lookingAt()) {
      Matcher day = DateExpression.DAY.matcher(folded).region(d.end(), Math.min(folded.length(), d.end() + 40));
      if (day.lookingAt()) {
        date = DateExpression.iso(day);
        if (date != null) {
          at = day.end();
        }
      }
    }
    String issuer = null;
    if (start < issuerNameEnd) {
      // Named inside another citation's issuer ("… của Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW của Chính
      // phủ về …"): what follows belongs to that name, not to this document.
      String canonical = DocumentNumber.canonical(printed, date);
      return new CitationMention(type, explicit, printed, canonical, date, null, null, key(canonical),
          mentionStart, end);
    }
    Matcher of = OF.matcher(folded).region(at, folded.length());
    if (of.lookingAt()) {
      issuer = IssuerPhrase.read(text, of.end(), this::typeStartsAt);
      if (issuer != null) {
        at = IssuerPhrase.end(text, of.end(), this::typeStartsAt);
        issuerNameEnd = at;
      }
    }
    if (issuer == null && explicit) {
      issuer = issuerBefore(mentionStart);
    }
    String title = lawName != null ? lawName : subject(at);
    String canonical = DocumentNumber.canonical(printed, date);
    return new CitationMention(type, explicit, printed, canonical, date, issuer, title, key(canonical),
        mentionStart, end);
  }

  /**
   * The issuer named before the citation: "được Thủ tướng Chính phủ phê duyệt tại Quyết định số …", "… của Chính
   * phủ tại Quyết định số …".
   */
  private String issuerBefore(int mentionStart) {
    int i = mentionStart;
    while (i > 0 && Character.isWhitespace(folded.charAt(i - 1))) {
      i--;
    }
    if (i < 3 || !folded.regionMatches(true, i - 3, "tai", 0, 3)) {
      return null;
    }
    Matcher before = ISSUER_BEFORE.matcher(folded).region(Math.max(0, mentionStart - 80), mentionStart);
    if (!before.find()) {
      return null;
    }
    int end = IssuerPhrase.end(text, before.start(1), this::typeStartsAt);
    return end == before.end(1) ? IssuerPhrase.read(text, before.start(1), this::typeStartsAt) : null;
  }

  /** Between a type's name and its number: "số", or a few words, or a law's name. */
  private static boolean gapFits(String gap, boolean isLaw) {
    if (gap.indexOf(';') >= 0 || gap.indexOf('\n') >= 0 || GAP_STOP.matcher(gap).find()) {
      return ONLY_SO.matcher(gap.strip()).matches();
    }
    int words = gap.isBlank() ? 0 : SPACES.split(gap.strip()).length;
    return words <= (isLaw ? 14 : 4);
  }

  /** The trích yếu after a citation: "về (việc) X" with the "về" dropped, or a clause starting lower case. */
  private String subject(int at) {
    Matcher about = ABOUT.matcher(folded).region(at, folded.length());
    int from;
    if (about.lookingAt()) {
      from = about.end();
    } else {
      Matcher start = SUBJECT_START.matcher(folded).region(at, folded.length());
      if (!start.lookingAt()) {
        return null;
      }
      from = start.end();
    }
    int end = from;
    int depth = 0;
    int limit = Math.min(text.length(), from + 400);
    while (end < limit) {
      char c = text.charAt(end);
      if (c == ';' || c == '\n' || c == ')' && depth == 0
          || c == '.' && (end + 1 == text.length() || Character.isWhitespace(text.charAt(end + 1)) || text.charAt(end + 1) == '/')) {
        break;
      }
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == ',' && nextCitationFollows(end + 1)) {
        break;
      }
      if (c == ' ' && (folded.startsWith(" va ", end) || folded.startsWith(" tai ", end)) && nextCitationFollows(end + 4)) {
        break;
      }
      end++;
    }
    String title = SPACES.matcher(text.substring(from, end).strip()).replaceAll(" ");
    return title.isEmpty() ? null : title;
  }

  private boolean nextCitationFollows(int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && typeStartsAt(i);
  }

  private CitationMention lawByName(int start, int nameFrom) {
    if (!Character.isUpperCase(text.charAt(start))) {
      return null;
    }
    int limit = Math.min(text.length(), nameFrom + 160);
    Matcher end = LAW_END.matcher(text).region(nameFrom, limit);
    int nameEnd = limit;
    boolean amending = AMENDING.matcher(folded.substring(start, Math.min(folded.length(), start + 20))).find();
    while (end.find()) {
      if (amending && end.group().strip().equals("của") && folded.startsWith(" Luat ", end.end())) {
        continue;
      }
      nameEnd = end.group().matches("\\s+năm\\s+\\d{4}") ? end.end() : end.start();
      break;
    }
    if (NUMBER_NEXT.matcher(folded).region(nameEnd, folded.length()).lookingAt()) {
      return null;
    }
    String name = text.substring(start, nameEnd).strip().replaceAll("\\s+", " ");
    if (name.split(" ").length < 2 || name.split(" ").length > 16) {
      return null;
    }
    DocumentType type = DocumentType.named(folded.substring(start, start + (folded.startsWith("Bo", start) ? 7
        : folded.startsWith("Hien", start) ? 9 : 4)));
    String key = "law:" + AccentFolding.fold(name).toLowerCase(Locale.ROOT).replaceAll("\\s+nam\\s+\\d{4}$", "")
        .replaceAll("[^a-z0-9 ]", "");
    return new CitationMention(type, true, null, null, null, null, name, key, start, nameEnd);
  }

  static String key(String canonical) {
    return AccentFolding.fold(canonical).toUpperCase(Locale.ROOT);
  }
}
