package org.planex.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NumberingStyleTest {

  private static String number(String line) {
    NumberingStyle.Marker marker = NumberingStyle.find(line);
    return marker == null ? null : marker.style() + " " + marker.number();
  }

  @Test
  void recognisesEveryStyleAndRepairsOcrRomanNumerals() {
    assertEquals("ROMAN II.", number("I1. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN"));
    assertEquals("ROMAN IV.", number("IV. KINH PHÍ"));
    assertEquals("DECIMAL 4.1.", number("4.1. Cải cách thể chế: tuyên truyền"));
    assertEquals("ARABIC 2.", number("2. Yêu cầu"));
    assertEquals("LETTER đ)", number("đ) Kịp thời đăng tải"));
    assertEquals("DASH -", number("-\"Tiếp tục đẩy mạnh"));
    assertEquals("PLUS +", number("+ Cổng thông tin điện tử"));
  }

  @Test
  void runningTextIsNoMarker() {
    assertNull(number("2025. Các cơ quan"));
    assertNull(number("Xã hội"));
    assertNull(number("47/KH UBND ngày 21/7/2025"));
  }

  @Test
  void labelsFollowTheFirstPartNamed() {
    assertEquals("content", SectionLabeler.label("NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN"));
    assertEquals("purpose", SectionLabeler.label("MỤC ĐÍCH, YÊU CẦU"));
    assertEquals("solutions", SectionLabeler.label("NHIỆM VỤ, GIẢI PHÁP"));
    assertEquals("organization", SectionLabeler.label("TO CHUC THUC HIEN"));
    assertNull(SectionLabeler.label("Phòng Văn hóa - Xã hội"));
  }
}
