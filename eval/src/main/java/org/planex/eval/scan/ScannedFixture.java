package org.planex.eval.scan;

import java.util.List;

/**
 * One scanned fixture: pages of a born-digital plan, rasterised at {@code dpi}, damaged and saved as a scan.
 *
 * @param source the plan whose PDF is scanned: a seed's base name, or {@code tien-lang-19-KH-UBND}
 * @param pages the 1-based pages scanned; empty for all
 */
public record ScannedFixture(String name, String source, List<Integer> pages, int dpi, ScanDamage damage,
    ScanFormat format) {

  public ScannedFixture {
    pages = List.copyOf(pages);
  }

  /** The fixture's file name. */
  public String fileName() {
    return name + "." + format.extension();
  }

  /** The committed set: one fixture per kind of damage, plus every plan scanned whole as an image-only PDF. */
  public static List<ScannedFixture> all() {
    return List.of(
        page("viet-khe-2025-h2", 1, "clean", 300, ScanDamage.NONE, ScanFormat.PNG),
        page("phu-van-2025-h2", 1, "150dpi", 150, ScanDamage.NONE, ScanFormat.PNG),
        page("mo-lao-2025", 1, "blurred", 300, ScanDamage.BLUR, ScanFormat.PNG),
        page("thuong-xuan-2025", 2, "noisy", 300, ScanDamage.NOISE, ScanFormat.PNG),
        page("viet-khe-2025-h2", 2, "jpeg", 200, ScanDamage.NONE, ScanFormat.JPEG),
        page("phu-van-2025-h2", 2, "skewed", 300, ScanDamage.SKEW, ScanFormat.PNG),
        page("thuong-xuan-2025", 1, "rotated", 300, ScanDamage.ROTATE_90, ScanFormat.PNG),
        page(TienLangLayout.NAME, 1, "header", 300, ScanDamage.NONE, ScanFormat.PNG),
        new ScannedFixture("mo-lao-2025.p1-2", "mo-lao-2025", List.of(1, 2), 300, ScanDamage.NONE, ScanFormat.TIFF),
        whole("viet-khe-2025-h2"),
        whole("phu-van-2025-h2"),
        whole("thuong-xuan-2025"),
        whole("mo-lao-2025"),
        whole(TienLangLayout.NAME));
  }

  /** One page of {@code source}, named {@code <source>.p<page>.<kind>}. */
  private static ScannedFixture page(String source, int page, String kind, int dpi, ScanDamage damage,
      ScanFormat format) {
    return new ScannedFixture(source + ".p" + page + "." + kind, source, List.of(page), dpi, damage, format);
  }

  private static ScannedFixture whole(String source) {
    return new ScannedFixture(source + ".scan", source, List.of(), 300, ScanDamage.NONE, ScanFormat.PDF);
  }
}
