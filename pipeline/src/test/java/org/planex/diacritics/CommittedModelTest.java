package org.planex.diacritics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planex.Corpus;
import org.planex.text.AccentFolding;

/** The model committed under {@code models/diacritics}: it loads quickly and restores the examples. */
class CommittedModelTest {

  @Test
  void loadsInUnderTwoSecondsAndRestores() throws Exception {
    Optional<Path> file = SharedModel.location();
    assumeTrue(file.isPresent(), "no committed model found");
    // Once to warm up the class loading every JVM pays, then timed.
    DiacriticsModelFile.read(file.get());
    long start = System.nanoTime();
    DiacriticsModel model = DiacriticsModelFile.read(file.get());
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(seconds < 2.0, "loaded in " + seconds + " s");
    DiacriticRestorer restorer = DiacriticRestorer.viterbi(model);
    assertEquals("Thông tin, tuyên truyền về cải cách hành chính",
        restorer.restore("Thong tin, tuyen truyen ve cai cach hanh chinh").text());
    assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        restorer.restore("CONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc").text());
    String plan = Corpus.read("viet-khe-2025-h2.txt");
    assertTrue(DiacriticRestorerTest.accuracy(plan, restorer.restore(AccentFolding.fold(plan)).text()) > 0.97);
  }
}
