package org.planex.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A three-page plan drawn like a Word export: a borderless two-column header, a centred title, justified
 * paragraphs with first-line indents, list items, a ruled table with vertically merged cells (borders as
 * thin filled rectangles), a two-column signature block and a page number at the foot of every page.
 */
final class SamplePlan {

  static final String PREAMBLE = "Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương "
      + "trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và Quyết định số 402/QĐ-UBND ngày "
      + "31/7/2025 của Chủ tịch Ủy ban nhân dân xã về việc ban hành Kế hoạch cải cách hành chính nhà nước xã "
      + "Việt Khê 6 tháng cuối năm 2025;";
  static final String PURPOSE = "UBND xã Việt Khê xây dựng Kế hoạch thông tin, tuyên truyền về cải cách hành "
      + "chính nhà nước 6 tháng cuối năm 2025, cụ thể như sau:";
  static final String ITEM_1 = "- Tăng cường công tác thông tin, tuyên truyền nhằm nâng cao nhận thức, trách "
      + "nhiệm, kỹ năng tổ chức thực hiện nhiệm vụ cải cách hành chính của đội ngũ cán bộ, công chức, viên chức; "
      + "tạo chuyển biến tích cực hơn nữa về tinh thần, thái độ làm việc của cán bộ, công chức trong quá trình "
      + "thực thi công vụ.";
  static final String ITEM_2 = "- Xác định nội dung, hình thức thông tin, tuyên truyền cải cách hành chính phù "
      + "hợp với từng nhóm đối tượng.";
  static final String REQUIREMENT = "Công tác thông tin, tuyên truyền phải được tiến hành thường xuyên, liên tục, "
      + "bám sát Chương trình tổng thể cải cách hành chính nhà nước và Kế hoạch cải cách hành chính của xã; nội "
      + "dung tuyên truyền cụ thể, thiết thực, dễ hiểu, phù hợp với đặc điểm của từng nhóm đối tượng.";
  static final String BEFORE_TABLE = "Các phòng, ban, đơn vị thực hiện các nhiệm vụ theo bảng phân công dưới đây, "
      + "báo cáo kết quả về Văn phòng HĐND và UBND xã trước ngày 15 hằng tháng.";
  static final String AFTER_TABLE = "Phòng Văn hóa - Xã hội chủ trì, phối hợp với các phòng, ban liên quan theo "
      + "dõi, đôn đốc việc thực hiện Kế hoạch này.";
  static final String CLOSING = "Trên đây là Kế hoạch thông tin, tuyên truyền về cải cách hành chính nhà nước "
      + "6 tháng cuối năm 2025 của xã Việt Khê, đề nghị các phòng, ban, đơn vị nghiêm túc thực hiện./.";

  static final List<List<String>> TABLE = List.of(
      List.of("STT", "Nội dung", "Sản phẩm", "Thời gian"),
      List.of("1", "Ban hành kế hoạch tuyên truyền cải cách hành chính năm 2025", "Kế hoạch",
          "Trước ngày 10/8/2025"),
      List.of("2", "Tuyên truyền trên Cổng thông tin điện tử của xã", "20 tin, bài/năm", "Năm 2025"),
      List.of("", "", "Tối thiểu 06 tin, bài/năm", "Năm 2025"));

  private SamplePlan() {}

  static Path write(Path file) throws IOException {
    return write(file, false);
  }

  /** With {@code classic}, saved without object streams. */
  static Path write(Path file, boolean classic) throws IOException {
    try (PdfMaker pdf = new PdfMaker()) {
      pdf.page();
      header(pdf);
      pdf.centred(pdf.bold, 14, 311, 150, "KẾ HOẠCH");
      pdf.centred(pdf.bold, 14, 311, 167, "Thông tin, tuyên truyền về cải cách hành chính nhà nước");
      pdf.centred(pdf.bold, 14, 311, 184, "của xã Việt Khê 6 tháng cuối năm 2025");
      float y = pdf.paragraph(13, 36, 220, 18, PREAMBLE);
      y = pdf.paragraph(13, 36, y + 6, 18, PURPOSE);
      pdf.text(pdf.bold, 13, SamplePlan.left(36), y + 6, "I. MỤC ĐÍCH, YÊU CẦU");
      pdf.text(pdf.bold, 13, SamplePlan.left(36), y + 30, "1. Mục đích");
      y = pdf.paragraph(13, 36, y + 54, 18, ITEM_1);
      y = pdf.paragraph(13, 36, y + 6, 18, ITEM_2);
      pdf.text(pdf.bold, 13, SamplePlan.left(36), y + 6, "2. Yêu cầu");
      pdf.paragraph(13, 36, y + 30, 18, REQUIREMENT);
      pdf.centred(pdf.regular, 12, 311, 810, "1");

      pdf.page();
      pdf.text(pdf.bold, 13, left(36), 80, "II. NỘI DUNG THỰC HIỆN");
      pdf.paragraph(13, 36, 104, 18, BEFORE_TABLE);
      table(pdf, 170);
      pdf.paragraph(13, 36, 310, 18, AFTER_TABLE);
      pdf.centred(pdf.regular, 12, 311, 810, "2");

      pdf.page();
      y = pdf.paragraph(13, 36, 80, 18, CLOSING);
      signature(pdf, y + 20);
      pdf.centred(pdf.regular, 12, 311, 810, "3");
      return classic ? pdf.saveClassic(file) : pdf.save(file);
    }
  }

  static float left(float indent) {
    return PdfMaker.LEFT + indent;
  }

  /** Issuer left, national motto right, in a borderless layout with the usual short rules under them. */
  static void header(PdfMaker pdf) throws IOException {
    pdf.centred(pdf.regular, 13, 170, 60, "ỦY BAN NHÂN DÂN");
    pdf.centred(pdf.bold, 13, 170, 76, "XÃ VIỆT KHÊ");
    pdf.strokeLine(140, 81, 200, 81);
    pdf.centred(pdf.regular, 13, 170, 104, "Số: 402/KH-UBND");
    pdf.centred(pdf.bold, 12, 400, 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    pdf.centred(pdf.bold, 13, 400, 76, "Độc lập - Tự do - Hạnh phúc");
    pdf.strokeLine(330, 81, 470, 81);
    pdf.centred(pdf.regular, 13, 400, 104, "Việt Khê, ngày 05 tháng 8 năm 2025");
  }

  /** The table of {@link #TABLE}, its top at {@code top}; STT and Nội dung are merged over the last two rows. */
  static void table(PdfMaker pdf, float top) throws IOException {
    float[] xs = {85, 120, 300, 420, 538};
    float[] ys = {top, top + 22, top + 58, top + 80, top + 102};
    for (float x : xs) {
      pdf.filledLine(x, ys[0], x, ys[4]);
    }
    for (int r = 0; r < ys.length; r++) {
      // No border between the last two rows under the merged STT and Nội dung cells.
      pdf.filledLine(r == 3 ? xs[2] : xs[0], ys[r], xs[4], ys[r]);
    }
    String[] heads = TABLE.get(0).toArray(String[]::new);
    for (int c = 0; c < 4; c++) {
      pdf.centred(pdf.bold, 12, (xs[c] + xs[c + 1]) / 2, top + 15, heads[c]);
    }
    pdf.centred(pdf.regular, 12, 102, top + 43, "1");
    pdf.paragraph(pdf.regular, 12, 123, 297, 0, top + 36, 14, TABLE.get(1).get(1), false);
    pdf.centred(pdf.regular, 12, 360, top + 43, "Kế hoạch");
    pdf.paragraph(pdf.regular, 12, 423, 535, 0, top + 36, 14, TABLE.get(1).get(3), false);
    // Merged cells: their text sits in the middle of the two rows.
    pdf.centred(pdf.regular, 12, 102, top + 84, "2");
    pdf.paragraph(pdf.regular, 12, 123, 297, 0, top + 77, 14, TABLE.get(2).get(1), false);
    pdf.centred(pdf.regular, 12, 360, top + 73, "20 tin, bài/năm");
    pdf.centred(pdf.regular, 12, 479, top + 73, "Năm 2025");
    pdf.centred(pdf.regular, 12, 360, top + 95, "Tối thiểu 06 tin, bài/năm");
    pdf.centred(pdf.regular, 12, 479, top + 95, "Năm 2025");
  }

  /** "Nơi nhận" left, the signature right, laid out without borders. */
  static void signature(PdfMaker pdf, float top) throws IOException {
    pdf.text(pdf.bold, 12, 85, top, "Nơi nhận:");
    pdf.text(pdf.regular, 11, 85, top + 14, "- UBND thành phố (để b/c);");
    pdf.text(pdf.regular, 11, 85, top + 27, "- Các phòng, ban thuộc UBND xã;");
    pdf.text(pdf.regular, 11, 85, top + 40, "- Lưu: VT.");
    pdf.centred(pdf.bold, 13, 420, top, "TM. ỦY BAN NHÂN DÂN");
    pdf.centred(pdf.bold, 13, 420, top + 16, "KT. CHỦ TỊCH");
    pdf.centred(pdf.bold, 13, 420, top + 32, "PHÓ CHỦ TỊCH");
    pdf.centred(pdf.bold, 13, 420, top + 100, "Nguyễn Văn An");
  }
}
