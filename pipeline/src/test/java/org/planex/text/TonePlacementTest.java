package org.planex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TonePlacementTest {

  @Test
  void movesToneToFirstVowelOfOpenOaOeUy() {
    assertEquals("hòa", TonePlacement.toClassic("hoà"));
    assertEquals("khỏe", TonePlacement.toClassic("khoẻ"));
    assertEquals("thủy", TonePlacement.toClassic("thuỷ"));
    assertEquals("Ủy ban", TonePlacement.toClassic("Uỷ ban"));
    assertEquals("CỘNG HÒA", TonePlacement.toClassic("CỘNG HOÀ"));
  }

  @Test
  void leavesClosedRhymesQuAndClassicFormsAlone() {
    assertEquals("hoàng", TonePlacement.toClassic("hoàng"));
    assertEquals("quý", TonePlacement.toClassic("quý"));
    assertEquals("hòa", TonePlacement.toClassic("hòa"));
    assertEquals("khuyến", TonePlacement.toClassic("khuyến"));
    assertEquals("76/NQ-CP, ngày 15/7/2021", TonePlacement.toClassic("76/NQ-CP, ngày 15/7/2021"));
  }

  @Test
  void foldsAccentsAndD() {
    assertEquals("Dang uy xa Viet Khe", AccentFolding.fold("Đảng ủy xã Việt Khê"));
  }

  @Test
  void knowsWellFormedSyllablesInEitherConvention() {
    assertTrue(Syllables.size() > 17_000);
    assertTrue(Syllables.isSyllable("nhân"));
    assertTrue(Syllables.isSyllable("Hòa"));
    assertTrue(Syllables.isSyllable("hoà"));
    assertTrue(Syllables.isSyllable("ĐẢNG"));
    assertFalse(Syllables.isSyllable("nh©n"));
    assertFalse(Syllables.isSyllable("tuyén"));
    assertFalse(Syllables.isSyllable("CCHC"));
  }
}
