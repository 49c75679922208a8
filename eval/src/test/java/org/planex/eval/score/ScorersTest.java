package org.planex.eval.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planex.eval.gold.GoldCitation;
import org.planex.eval.gold.GoldDeadline;
import org.planex.eval.gold.GoldDocument;
import org.planex.eval.gold.GoldMetadata;
import org.planex.eval.gold.GoldSection;
import org.planex.model.Body;
import org.planex.model.Metadata;
import org.planex.model.PlanJson;
import org.planex.model.Quota;

/** Known gold and predictions in, known precision, recall, F1 and accuracies out. */
class ScorersTest {

  private static final GoldMetadata METADATA = new GoldMetadata("KẾ HOẠCH", "19/KH-UBND", null, "2025-08-11",
      null, "Tiên Lãng", "Ủy ban nhân dân xã Tiên Lãng", new Metadata.Unit("xã", "Tiên Lãng"), "Hải Phòng",
      "Thông tin, tuyên truyền về cải cách hành chính", "6 tháng cuối năm 2025",
      new Metadata.Signer("Nguyễn Văn A", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"),
      List.of("UBND thành phố", "Lưu: VT"));

  private static GoldDocument gold(List<GoldSection> sections, List<GoldCitation> citations, List<Body> bodies,
      List<Quota> quotas, List<GoldDeadline> deadlines) {
    return new GoldDocument("plan", false, METADATA, sections, citations, bodies, quotas, deadlines, null, null);
  }

  private static Map<String, FieldScore> score(FieldScorer scorer, GoldDocument gold, String predictedJson,
      String text) throws Exception {
    JsonNode predicted = PlanJson.mapper().readTree(predictedJson.replace('\'', '"'));
    Scorecard card = new Scorecard();
    scorer.score(new ScoredDocument("plan", gold, predicted, text), card);
    return card.scores().stream().collect(Collectors.toMap(s -> s.field() + "/" + s.matching(), Function.identity()));
  }

  @Test
  void countsGiveTextbookMeasures() {
    Counts counts = new Counts(6, 2, 4);
    assertEquals(0.75, counts.precision(), 1e-9);
    assertEquals(0.6, counts.recall(), 1e-9);
    assertEquals(2 * 0.75 * 0.6 / 1.35, counts.f1(), 1e-9);
    assertEquals(1.0, Counts.ZERO.f1());
    assertEquals(0.0, new Counts(0, 3, 0).precision());
  }

  @Test
  void relaxedMatchingIgnoresCaseAccentsSpacingAndSmallTypos() {
    assertTrue(Matching.RELAXED.same("Phòng Văn hóa - Xã hội", "phong van hoa – xa hoi"));
    assertTrue(Matching.RELAXED.same("57-NQ/TW", "57- NQ/TW"));
    assertTrue(Matching.RELAXED.same("Ủy ban nhân dân thành phố Hải Phòng", "Ủy ban nhân dân thành phố Hải Phong"));
    assertFalse(Matching.STRICT.same("Phòng Văn hóa - Xã hội", "Phòng Văn hoá - Xã hội"));
    assertTrue(Matching.STRICT.same("Phòng  Văn hóa\n- Xã hội", "Phòng Văn hóa - Xã hội"));
    assertFalse(Matching.RELAXED.same("76/NQ-CP", "67/NQ-CP"), "a changed number is another document");
    assertFalse(Matching.RELAXED.same("Phòng Kinh tế", "Phòng Văn hóa - Xã hội"));
    assertTrue(Matching.RELAXED.same(null, null));
    assertFalse(Matching.RELAXED.same("x", null));
    assertEquals(3, Levenshtein.distance("kitten", "sitting"));
  }

  @Test
  void orderedMatchingPairsRepeatedStartsInOrder() {
    List<String> gold = List.of("Tăng cường", "Tăng cường", "Kinh phí");
    List<String> predicted = List.of("Tăng cường", "Mục đích", "Tăng cường");
    SetMatcher.Result result = SetMatcher.inOrder(gold, predicted, String::equals);
    assertEquals(new Counts(2, 1, 1), result.counts());
    assertEquals(List.of(2), result.unmatchedGold());
    assertEquals(List.of(1), result.unmatchedPredicted());
  }

  @Test
  void citationsAreFoundByTypeAndNumberThenCheckedForDateAndIssuer() throws Exception {
    GoldDocument gold = gold(List.of(), List.of(
        new GoldCitation("Nghị quyết", "76/NQ-CP", "2021-07-15", "Chính phủ", null),
        new GoldCitation("Công văn", "4625/BNV-CCHC", "2025-07-02", "Bộ Nội vụ", null),
        new GoldCitation("Quyết định", "3041/QĐ-UBND", "2025-07-26", "Ủy ban nhân dân thành phố Hải Phòng", null),
        new GoldCitation("Luật", null, null, "Quốc hội", "Luật Tổ chức chính quyền địa phương năm 2025")),
        List.of(), List.of(), List.of());
    String predicted = "{'citations': ["
        + "{'type': 'Nghị quyết', 'number': '76/NQ-CP', 'date': '2021-07-15', 'issuer': 'Chính phủ'},"
        + "{'type': 'Công văn', 'number': '4625/BNV-CCHC', 'date': '2025-02-07', 'issuer': 'Bộ Nội vụ'},"
        + "{'type': 'Kế hoạch', 'number': '3041/QĐ-UBND', 'date': '2025-07-26', 'issuer': 'UBND thành phố Hải Phòng'},"
        + "{'type': 'Chỉ thị', 'number': '05-CT/TW', 'date': null, 'issuer': 'Bộ Chính trị'}]}";
    Map<String, FieldScore> scores = score(new CitationScorer(), gold, predicted, "");
    assertEquals(new Counts(2, 2, 2), scores.get("citations/STRICT").micro());
    assertEquals(0.5, scores.get("citations/STRICT").micro().f1(), 1e-9);
    // By number alone the wrongly typed 3041/QĐ-UBND is found.
    assertEquals(new Counts(3, 1, 1), scores.get("citations.number/STRICT").micro());
    assertEquals(0.5, scores.get("citations.date/STRICT").accuracy(), 1e-9);
    assertEquals(1.0, scores.get("citations.issuer/STRICT").accuracy(), 1e-9);
  }

  @Test
  void bodiesScoreNameRoleAndTasks() throws Exception {
    GoldDocument gold = gold(List.of(), List.of(), List.of(
        new Body("Phòng Văn hóa - Xã hội", "lead", List.of("Tham mưu xây dựng kế hoạch", "Tổng hợp báo cáo")),
        new Body("Phòng Kinh tế", "support", List.of("Thẩm định dự toán kinh phí")),
        new Body("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "requested", List.of("Tuyên truyền đoàn viên, hội viên"))),
        List.of(), List.of());
    String predicted = "{'bodies': ["
        + "{'name': 'Phòng Văn hoá – Xã hội', 'role': 'lead', 'tasks': ['Tham mưu xây dựng kế hoạch', 'Lưu trữ']},"
        + "{'name': 'Phòng Kinh tế', 'role': 'lead', 'tasks': ['Thẩm định dự toán kinh phí']},"
        + "{'name': 'Công an xã', 'role': 'lead', 'tasks': ['Bảo đảm an ninh']}]}";
    Map<String, FieldScore> scores = score(new BodyScorer(), gold, predicted, "");
    assertEquals(new Counts(1, 2, 2), scores.get("bodies/STRICT").micro(), "hoá and – differ strictly");
    assertEquals(new Counts(2, 1, 1), scores.get("bodies/RELAXED").micro());
    assertEquals(0.5, scores.get("bodies.role/RELAXED").accuracy(), 1e-9);
    // Relaxed: 2 tasks found, 'Tổng hợp' and the MTTQ task missed, 'Lưu trữ' and the police task false.
    assertEquals(new Counts(2, 2, 2), scores.get("bodies.tasks/RELAXED").micro());
  }

  @Test
  void quotasKeepLeadingZerosStrictlyAndCheckTheirChannel() throws Exception {
    GoldDocument gold = gold(List.of(), List.of(), List.of(), List.of(
        new Quota("02", "tin, bài", "tháng", "ít nhất", "hệ thống truyền thanh", null, "ít nhất 02 tin, bài"),
        new Quota("20", "tin, bài", "năm", "tối thiểu", "Cổng thông tin điện tử", null, "tối thiểu 20 tin, bài/năm")),
        List.of());
    String predicted = "{'quotas': ["
        + "{'quantity': '2', 'unit': 'tin, bài', 'period': 'tháng', 'comparator': 'ít nhất',"
        + " 'channel': 'hệ thống truyền thanh', 'text': 'ít nhất 02 tin, bài'},"
        + "{'quantity': '20', 'unit': 'tin, bài', 'period': 'năm', 'comparator': 'tối thiểu',"
        + " 'channel': 'Trang thông tin điện tử', 'text': 'tối thiểu 20 tin, bài/năm'},"
        + "{'quantity': '17', 'unit': 'Tổ dân phố', 'text': '17 Tổ dân phố'}]}";
    Map<String, FieldScore> scores = score(new QuotaScorer(), gold, predicted, "");
    assertEquals(new Counts(1, 2, 1), scores.get("quotas/STRICT").micro());
    assertEquals(new Counts(2, 1, 0), scores.get("quotas/RELAXED").micro());
    assertEquals(0.5, scores.get("quotas.channel/RELAXED").accuracy(), 1e-9);
    assertEquals(1.0, scores.get("quotas.period/RELAXED").accuracy(), 1e-9);
  }

  @Test
  void deadlinesMatchByTextOrByTheSameDate() throws Exception {
    GoldDocument gold = gold(List.of(), List.of(), List.of(), List.of(), List.of(
        new GoldDeadline("2025-08-10", null, "Trước ngày 10/8/2025", null, null),
        new GoldDeadline("2026-Q1", null, "Quý I/2026", null, null),
        new GoldDeadline(null, "continuous", "Thường xuyên", null, null)));
    String predicted = "{'deadlines': ["
        + "{'date': '2025-08-10', 'text': 'trước ngày 10 tháng 8 năm 2025'},"
        + "{'date': '2026-01', 'recurrence': null, 'text': 'Quý I/2026'}]}";
    Map<String, FieldScore> scores = score(new DeadlineScorer(), gold, predicted, "");
    assertEquals(new Counts(2, 0, 1), scores.get("deadlines/STRICT").micro());
    assertEquals(0.5, scores.get("deadlines.date/STRICT").accuracy(), 1e-9);
  }

  @Test
  void sectionsAreFoundByTheirFirstWordsAfterTheMarker() throws Exception {
    String text = "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Tăng cường công tác thông tin\n- Tăng cường sự tham gia\n"
        + "2. Yêu cầu\n- Bám sát nội dung";
    int i = text.indexOf("I."), one = text.indexOf("1."), d1 = text.indexOf("- Tăng"),
        d2 = text.indexOf("- Tăng", d1 + 1), two = text.indexOf("2."), d3 = text.indexOf("- Bám");
    GoldDocument gold = gold(List.of(
        new GoldSection("I.", 1, "MỤC ĐÍCH, YÊU CẦU", "purpose", "MỤC ĐÍCH, YÊU CẦU"),
        new GoldSection("1.", 2, "Mục đích", "purpose", "Mục đích"),
        new GoldSection("-", 3, null, null, "Tăng cường công tác thông tin"),
        new GoldSection("-", 3, null, null, "Tăng cường sự tham gia"),
        new GoldSection("2.", 2, "Yêu cầu", "requirements", "Yêu cầu"),
        new GoldSection("-", 3, null, null, "Bám sát nội dung")), List.of(), List.of(), List.of(), List.of());
    // Predicted: the second bullet is missed (merged into the first), "2." is labelled wrongly.
    String predicted = "{'sections': [{'number': 'I.', 'level': 1, 'heading': 'MỤC ĐÍCH, YÊU CẦU', 'label': 'purpose',"
        + " 'start': " + i + ", 'children': ["
        + "{'number': '1.', 'level': 2, 'heading': 'Mục đích', 'label': 'purpose', 'start': " + one + ", 'children': ["
        + "{'number': '-', 'level': 3, 'heading': null, 'label': null, 'start': " + d1 + "}]},"
        + "{'number': '2.', 'level': 2, 'heading': 'Yêu cầu', 'label': 'content', 'start': " + two + ", 'children': ["
        + "{'number': '-', 'level': 3, 'start': " + d3 + "}]}]},"
        + "{'number': '-', 'level': 1, 'start': " + (d2 + 2) + "}]}";
    Map<String, FieldScore> scores = score(new SectionScorer(), gold, predicted, text);
    // The last predicted section starts inside the bullet ("Tăng cường sự …" without its dash): a boundary
    // off by the marker still starts with the gold words, and its level is wrong.
    assertEquals(new Counts(6, 0, 0), scores.get("sections/STRICT").micro());
    assertEquals(2.0 / 3, scores.get("sections.label/STRICT").accuracy(), 1e-9);
    assertEquals(5.0 / 6, scores.get("sections.level/STRICT").accuracy(), 1e-9);
  }

  @Test
  void headerFieldsAreRightWhenBothAreNull() throws Exception {
    GoldDocument gold = gold(List.of(), List.of(), List.of(), List.of(), List.of());
    String predicted = "{'metadata': {'kind': 'KẾ HOẠCH', 'number': '19/KH-UBND', 'date': '2025-11-08',"
        + " 'place': 'Tiên Lãng', 'unit': {'type': 'xã', 'name': 'Tiên Lãng'}, 'recipients': ['UBND thành phố']}}";
    Map<String, FieldScore> scores = score(new MetadataScorer(), gold, predicted, "");
    assertEquals(1.0, scores.get("metadata.number/STRICT").accuracy());
    assertEquals(0.0, scores.get("metadata.date/STRICT").accuracy());
    assertEquals(1.0, scores.get("metadata.symbol/STRICT").accuracy(), "null for null is right");
    assertEquals(0.0, scores.get("metadata.province/STRICT").accuracy(), "a missing value is wrong");
    assertEquals(new Counts(1, 0, 1), scores.get("metadata.recipients/STRICT").micro());
  }

  @Test
  void macroAveragesOverDocumentsMicroOverItems() {
    Scorecard card = new Scorecard();
    card.set("citations", Matching.STRICT, new Counts(9, 1, 0));
    card.set("citations", Matching.STRICT, new Counts(0, 0, 1));
    card.set("citations", Matching.STRICT, Counts.ZERO);
    FieldScore score = card.scores().get(0);
    assertEquals(new Counts(9, 1, 1), score.micro());
    assertEquals(0.9, score.micro().f1(), 1e-9);
    assertEquals(2, score.documents(), "a document with nothing to find and nothing found is left out");
    assertEquals((18.0 / 19 + 0) / 2, score.macroF1(), 1e-9);
  }

  @Test
  void syllableAccuracyCountsSyllablesInOrder() {
    SyllableAccuracy.Tally tally = SyllableAccuracy.compare("Số: 19/KH-UBND Tiên Lãng, ngày 11 tháng 8",
        "S6: 19/KH-UBND Tién Lãng, ngay 11 tháng 8");
    // Gold syllables: Số KH UBND Tiên Lãng ngày tháng = 7; right: KH UBND Lãng tháng.
    assertEquals(new SyllableAccuracy.Tally(4, 7), tally);
    assertEquals(1.0, SyllableAccuracy.compareLines("Cộng hòa\nxã hội", "Cộng hòa\nxã hội").accuracy());
    assertEquals(0.5, SyllableAccuracy.compare("CỘNG HÒA", "CỘNG hòa").accuracy(), "case counts");
  }
}
