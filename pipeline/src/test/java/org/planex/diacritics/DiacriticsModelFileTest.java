package org.planex.diacritics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiacriticsModelFileTest {

  private final DiacriticsModel model = TinyModel.without("mo-lao-2025.txt");

  @Test
  void aModelReadBackScoresAsItWasTrained() {
    SyllableVocabulary v = model.vocabulary();
    NgramLanguageModel lm = model.languageModel();
    int uy = v.syllableId("ủy");
    int ban = v.syllableId("ban");
    int nhan = v.syllableId("nhân");
    assertTrue(lm.entry(uy, ban, nhan) >= 0);
    assertTrue(lm.score(new int[] {uy, ban}, nhan) > -0.5, "p(nhân | ủy ban) is high");
    assertTrue(lm.score(new int[] {uy, ban}, nhan) > lm.score(new int[] {uy, ban}, v.syllableId("nhãn")));
    assertTrue(model.description().startsWith("test model without mo-lao-2025.txt"));
    assertTrue(v.wordId("UBND") >= v.syllableEnd(), "UBND has an id of its own");
  }

  @Test
  void refusesFilesThatAreNoModel(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("not-a-model.lm"), "Thông tin, tuyên truyền");
    assertThrows(IOException.class, () -> DiacriticsModelFile.read(text));
    Path empty = Files.write(dir.resolve("empty.lm"), new byte[0]);
    assertThrows(IOException.class, () -> DiacriticsModelFile.read(empty));
  }

  @Test
  void refusesAnotherFormatVersion(@TempDir Path dir) throws IOException {
    byte[] magic = "PLANEX-DIACRITICS".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    ByteBuffer header = ByteBuffer.allocate(magic.length + 8).put(magic).putInt(99).putInt(0);
    Path future = Files.write(dir.resolve("future.lm"), header.array());
    IOException e = assertThrows(IOException.class, () -> DiacriticsModelFile.read(future));
    assertTrue(e.getMessage().contains("version 99"), e.getMessage());
  }

  @Test
  void keepsWhatTrainingLearntBesideTheNgrams() {
    assertEquals(model.vocabulary().size(), model.syllableCounts().length);
    assertTrue(model.wordForms().containsKey("hdnd"), "HĐND is learnt from the plans");
    assertEquals("hđnd", model.wordForms().get("hdnd").written());
  }
}
