package org.planex.diacritics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planex.Corpus;
import org.planex.text.AccentFolding;

/** Repair of OCR damage: the channel, the tokenizer, and the committed model on the Tiên Lãng seed. */
class OcrRepairTest {

  private static DiacriticRestorer restorer;

  @BeforeAll
  static void load() {
    Optional<DiacriticsModel> model = SharedModel.get();
    assumeTrue(model.isPresent() && model.get().ocrChannel() != null, "no committed model with an OCR channel");
    restorer = DiacriticRestorer.viterbi(model.get());
  }

  @Test
  void estimatorLearnsOneLetterReadAsTwo() {
    List<OcrChannelEstimator.Pair> pairs = List.of(
        new OcrChannelEstimator.Pair("cứ", "cir", 5), new OcrChannelEstimator.Pair("tự", "tir", 3),
        new OcrChannelEstimator.Pair("cứ", "cu", 2), new OcrChannelEstimator.Pair("số", "s6", 4));
    OcrChannel channel = OcrChannelEstimator.estimate(pairs);
    assertArrayEquals(new String[] {"c", "ir"}, channel.split("cứ", "cir"));
    assertArrayEquals(new String[] {"s", "6"}, channel.split("số", "s6"));
    // What was seen beats what was not: ứ read as "ir" over ứ read as "xy".
    assertTrue(channel.score("cứ", "cir") > channel.score("cứ", "cxy"));
    assertEquals(Float.NEGATIVE_INFINITY, channel.score("a", "abc"));
  }

  @Test
  void channelFileRoundTrips() throws Exception {
    OcrChannel channel = new OcrChannel(Map.of('ư', Map.of("u", 10.0, "ir", 3.0, "", 1.0)));
    var file = Files.createTempFile("channel", ".tsv");
    try {
      channel.write(file, "test");
      OcrChannel back = OcrChannel.read(file);
      assertEquals(channel.score("cư", "cir"), back.score("cư", "cir"), 1e-4);
      assertEquals(channel.score("cư", "c"), back.score("cư", "c"), 1e-4);
      Files.writeString(file, "ư\tu\n");
      assertTrue(org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
          () -> OcrChannel.read(file)).getMessage().contains(":1:"));
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void garbledSyllablesAreWordsButDocumentNumbersStaySymbols() {
    String line = "S6: 19/KH-UBND ndm 2025, do6i K& hoach";
    List<String> words = OcrLineTokenizer.tokenize(line, 0, line.length()).stream()
        .filter(t -> t.kind() == TextToken.Kind.WORD).map(t -> t.text(line)).toList();
    assertEquals(List.of("S6", "ndm", "do6i", "K&", "hoach"), words);
  }

  @Test
  void repairsTheTienLangSeed() throws Exception {
    String ocr = Corpus.read("tien-lang-19-KH-UBND.txt");
    String gold = Files.readString(Corpus.root().resolve("corpus/annotations/tien-lang.restored.txt"),
        StandardCharsets.UTF_8);
    assertTrue(restorer.readsAsOcr(ocr));
    Restoration restoration = restorer.restore(ocr);
    String[] lines = restoration.text().split("\n", -1);
    assertEquals(ocr.split("\n", -1).length, lines.length, "line structure kept");
    assertTrue(restoration.text().contains("Số: 19/KH-UBND"), lines[2]);
    assertTrue(restoration.text().contains("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ"));
    double accuracy = alignedAccuracy(gold, restoration.text());
    assertTrue(accuracy > 0.94, "syllable accuracy " + accuracy);
    // Offsets: every changed token's input offset maps onto its restored text.
    for (RestoredToken token : restoration.changed()) {
      int at = restoration.restoredOffset(token.start());
      assertEquals(token.restored(), restoration.text().substring(at, at + token.restored().length()));
    }
  }

  /** Share of the gold's words found in order in the restored text (their longest common subsequence). */
  static double alignedAccuracy(String gold, String restored) {
    List<String> expected = org.planex.text.Words.of(gold).stream().map(w -> w.text()).toList();
    List<String> actual = org.planex.text.Words.of(restored).stream().map(w -> w.text()).toList();
    int[] previous = new int[actual.size() + 1];
    for (String word : expected) {
      int[] current = new int[actual.size() + 1];
      for (int j = 1; j <= actual.size(); j++) {
        current[j] = word.equals(actual.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      previous = current;
    }
    return (double) previous[actual.size()] / expected.size();
  }

  @Test
  void correctAndStrippedTextIsNotTakenForOcr() {
    for (String name : List.of("viet-khe-2025-h2.txt", "phu-van-2025-h2.txt", "mo-lao-2025.txt")) {
      String plan = Corpus.read(name);
      assertFalse(restorer.readsAsOcr(plan), name);
      assertFalse(restorer.readsAsOcr(AccentFolding.fold(plan)), name + " stripped");
    }
  }

  @Test
  void hostileOcrLikeInputNeverThrows() {
    String junk = "S6 ¢¢¢ &&& x4x4x4 " + "ctia ".repeat(2000) + "\u0000\u0007 q9q9 ".repeat(500);
    assertNotNull(restorer.restore(junk).text());
  }
}
