package org.planex.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.planex.Corpus;

/** The province from the unit through the gazetteer of the plan's era, shared names settled only by the text. */
class ProvinceResolverTest {

  private static final SegmentStage STAGE = new SegmentStage();

  static String province(String text) {
    return STAGE.apply(SegmentStageTest.document(text)).metadata().province();
  }

  static String plan(String date, String commune, String more) {
    return "ỦY BAN NHÂN DÂN\n" + commune.toUpperCase() + "\nSố: 12/KH-UBND\n" + date + "\nKẾ HOẠCH\n"
        + "Tuyên truyền cải cách hành chính\nI. MỤC ĐÍCH\n- Nâng cao nhận thức." + more + "\n";
  }

  @Test
  void seedsWithoutTheProvinceNamedGetItFromTheirUnit() {
    // Mộ Lao: a ward of quận Hà Đông before 2025, gone since; the plan is undated
    assertEquals("Hà Nội", province(Corpus.read("mo-lao-2025.txt")));
    assertEquals("Thanh Hóa", province(Corpus.read("thuong-xuan-2025.txt")));
  }

  @Test
  void theEraOfTheDateChoosesTheGazetteer() {
    // xã Phú Xuyên: Hà Nội and Thái Nguyên since July 2025, Thái Nguyên only before
    assertEquals("Thái Nguyên", province(plan("Phú Xuyên, ngày 05 tháng 3 năm 2024", "xã Phú Xuyên", "")));
    assertNull(province(plan("Phú Xuyên, ngày 05 tháng 3 năm 2026", "xã Phú Xuyên", "")));
  }

  @Test
  void aSharedNameIsSettledOnlyByWhatTheTextNames() {
    String date = "Phú Xuyên, ngày 05 tháng 3 năm 2026";
    assertEquals("Hà Nội", province(plan(date, "xã Phú Xuyên", "\nNơi nhận:\n- UBND thành phố Hà Nội;")));
    // a province the unit is not in does not count
    assertNull(province(plan(date, "xã Phú Xuyên", "\n- Phối hợp với tỉnh Nghệ An.")));
    // xã Vĩnh Lộc: Thanh Hóa, Hồ Chí Minh, Cà Mau; the former huyện Bình Chánh was in Hồ Chí Minh
    assertEquals("Hồ Chí Minh", province(plan("Vĩnh Lộc, ngày 05 tháng 3 năm 2026", "xã Vĩnh Lộc",
        "\n- Xã Vĩnh Lộc (trước đây thuộc huyện Bình Chánh).")));
  }

  @Test
  void aPlaceOtherThanTheUnitCountsAsEvidence() {
    // phường Quang Trung before 2025: in Hà Nội (quận Hà Đông) and a dozen other provinces
    assertEquals("Hà Nội", province(plan("Hà Đông, ngày 05 tháng 3 năm 2024", "phường Quang Trung", "")));
    assertNull(province(plan("Quang Trung, ngày 05 tháng 3 năm 2024", "phường Quang Trung", "")));
    // the unit's own name as the place says nothing: huyện Phú Xuyên was in Hà Nội, xã Phú Xuyên is in two
    assertNull(province(plan("Phú Xuyên, ngày 05 tháng 3 năm 2026", "xã Phú Xuyên", "")));
  }

  @Test
  void withoutAKnownUnitOnlyAKnownProvinceNamedCounts() {
    assertEquals("Ninh Bình", province("Căn cứ Kế hoạch của UBND tỉnh Ninh Bình;\nI. MỤC ĐÍCH\n"));
    assertNull(province("Thực hiện chỉ đạo của thành phố Thủ Đức;\nI. MỤC ĐÍCH\n"));
  }
}
