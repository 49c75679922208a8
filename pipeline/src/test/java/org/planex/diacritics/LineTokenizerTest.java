package org.planex.diacritics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LineTokenizerTest {

  private static String describe(String line) {
    List<TextToken> tokens = LineTokenizer.tokenize(line);
    return tokens.stream().map(t -> t.kind().name().charAt(0) + ":" + t.text(line)).collect(Collectors.joining(" "));
  }

  @Test
  void documentNumbersAndDatesStayWhole() {
    assertEquals("W:Căn W:cứ W:Nghị W:quyết W:số S:76/NQ-CP W:ngày N:15/7/2021 P:;",
        describe("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021;"));
  }

  @Test
  void hyphenatedSyllablesAndAcronymsAreSplit() {
    assertEquals("W:kinh W:tế P:- W:xã W:hội P:, W:KH P:- W:UBND", describe("kinh tế-xã hội, KH-UBND"));
  }

  @Test
  void addressesStayWhole() {
    assertEquals("W:Cổng A:https://dichvucong.gov.vn P:, W:thư A:vanphong@tienlang.gov.vn P:, A:haiphong.gov.vn P:.",
        describe("Cổng https://dichvucong.gov.vn, thư vanphong@tienlang.gov.vn, haiphong.gov.vn."));
  }

  @Test
  void aSentenceRunTogetherIsNoDomain() {
    assertEquals("W:hanh W:chinh P:. W:Tiep", describe("hanh chinh.Tiep"));
  }

  @Test
  void controlCharactersAndNoBreakSpacesSeparate() {
    assertEquals("W:Thong W:tin W:cai P:( W:x P:)", describe("Thong\u0000tin\u00A0cai\t(x)\u0007"));
  }

  @Test
  void offsetsPointIntoTheWholeText() {
    String text = "xx\nHanh chinh";
    List<TextToken> tokens = LineTokenizer.tokenize(text, 3, text.length());
    assertEquals(List.of(new TextToken(TextToken.Kind.WORD, 3, 7), new TextToken(TextToken.Kind.WORD, 8, 13)), tokens);
  }
}
