package org.planex.eval.render;

import java.util.List;

/** The four diacritized seed plans that get renderings, with what each one's layout needs beyond paragraphs. */
public enum Seed {

  VIET_KHE("viet-khe-2025-h2", "viet-khe-appendix.tsv", "TT Nhiệm vụ Sản phẩm",
      List.of(1.0, 4.5, 3.5, 2.9, 2.8, 2.3), false),
  PHU_VAN("phu-van-2025-h2", null, null, List.of(), false),
  THUONG_XUAN("thuong-xuan-2025", null, null, List.of(), true),
  MO_LAO("mo-lao-2025", null, null, List.of(), false);

  private final String base;
  private final String appendixFile;
  private final String appendixStart;
  private final List<Double> appendixWidthsCm;
  private final boolean dateHeader;

  Seed(String base, String appendixFile, String appendixStart, List<Double> appendixWidthsCm, boolean dateHeader) {
    this.base = base;
    this.appendixFile = appendixFile;
    this.appendixStart = appendixStart;
    this.appendixWidthsCm = appendixWidthsCm;
    this.dateHeader = dateHeader;
  }

  /** The file name without extension, shared by the seed .txt and all its renderings. */
  public String base() {
    return base;
  }

  /** The seed file itself. */
  public String textFile() {
    return base + ".txt";
  }

  /** The cell data (in corpus/render) of the appendix table the .txt flattened, or null. */
  public String appendixFile() {
    return appendixFile;
  }

  /** How the first flattened line of the appendix table begins in the seed. */
  public String appendixStart() {
    return appendixStart;
  }

  /** Column widths of the appendix table, summing to the 17 cm between 2 cm margins of A4. */
  public List<Double> appendixWidthsCm() {
    return appendixWidthsCm;
  }

  /** Whether the seed opens with the number and the place/date line that real plans set side by side. */
  public boolean dateHeader() {
    return dateHeader;
  }
}
