package org.planex.diacritics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.Corpus;
import org.planex.text.AccentFolding;
import org.planex.text.Words;

/**
 * Restoration of real plans, with a test model trained on the other plans of the corpus: the seed left out is
 * stripped, restored and compared with itself syllable by syllable.
 */
class DiacriticRestorerTest {

  private static final String PLAN = "phu-van-2025-h2.txt";
  private final DiacriticsModel model = TinyModel.without(PLAN);
  private final DiacriticRestorer restorer = DiacriticRestorer.viterbi(model);

  @Test
  void restoresAStrippedPlanItNeverSaw() {
    String gold = Corpus.read(PLAN);
    String restored = restorer.restore(AccentFolding.fold(gold)).text();
    assertTrue(accuracy(gold, restored) > 0.9, "accuracy " + accuracy(gold, restored));
    assertTrue(accuracy(gold, restored) > accuracy(gold,
        DiacriticRestorer.mostFrequentForm(model).restore(AccentFolding.fold(gold)).text()));
  }

  @Test
  void keepsOffsetsLinesAndEverythingButLetters() {
    String stripped = AccentFolding.fold(Corpus.read(PLAN));
    Restoration restoration = restorer.restore(stripped);
    String restored = restoration.text();
    assertEquals(stripped.length(), restored.length());
    for (int i = 0; i < stripped.length(); i++) {
      if (!Character.isLetter(stripped.charAt(i))) {
        assertEquals(stripped.charAt(i), restored.charAt(i), "at " + i);
      } else {
        assertEquals(Character.isUpperCase(stripped.charAt(i)), Character.isUpperCase(restored.charAt(i)));
      }
    }
    for (RestoredToken token : restoration.changed()) {
      assertEquals(token.original(), stripped.substring(token.start(), token.end()));
      assertEquals(token.restored(), restored.substring(token.start(), token.end()));
      assertTrue(token.confidence() >= 0.5 && token.confidence() <= 1, token.toString());
    }
  }

  @Test
  void leavesAlreadyAccentedTextAlone() {
    for (String plan : List.of("mo-lao-2025.txt", "thuong-xuan-2025.txt", "viet-khe-2025-h2.txt", PLAN)) {
      String text = Corpus.read(plan);
      Restoration restoration = restorer.restore(text);
      assertEquals(text, restoration.text(), plan);
      assertTrue(restoration.changed().isEmpty());
    }
  }

  @Test
  void keepsCaseNumbersSymbolsAcronymsAndForeignWords() {
    String restored = restorer.restore("CONG HOA XA HOI CHU NGHIA VIET NAM\n"
        + "Can cu Nghi quyet so 76/NQ-CP ngay 15/7/2021 cua Chinh phu ve cai cach hanh chinh; "
        + "dang tin tren Fanpage, Zalo, https://dichvucong.gov.vn va bo chi so PAR INDEX, SIPAS cua UBND xa.").text();
    assertTrue(restored.startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCăn cứ Nghị quyết số 76/NQ-CP ngày "
        + "15/7/2021 của Chính phủ về cải cách hành chính"), restored);
    for (String kept : List.of("Fanpage", "Zalo", "https://dichvucong.gov.vn", "PAR INDEX", "SIPAS", "UBND")) {
      assertTrue(restored.contains(kept), kept + " in " + restored);
    }
  }

  @Test
  void leavesEnglishRunsAlone() {
    String english = "Please have a look at the Fanpage and send your comments to the office.";
    assertEquals(english, restorer.restore(english).text());
  }

  @Test
  void restoresAStrippedLineInsideAnAccentedDocument() {
    String text = Corpus.read("mo-lao-2025.txt") + "\nTang cuong cong tac thong tin, tuyen truyen ve cai cach hanh chinh\n";
    String restored = restorer.restore(text).text();
    assertTrue(restored.endsWith("\nTăng cường công tác thông tin, tuyên truyền về cải cách hành chính\n"), restored);
  }

  static double accuracy(String gold, String restored) {
    List<Words.Word> expected = Words.of(gold);
    List<Words.Word> actual = Words.of(restored);
    assertEquals(expected.size(), actual.size());
    int right = 0;
    for (int i = 0; i < expected.size(); i++) {
      right += expected.get(i).text().equals(actual.get(i).text()) ? 1 : 0;
    }
    return (double) right / expected.size();
  }
}
