package org.planex.eval.synth;

/**
 * A commune-level unit as it stands after the July 2025 reform, with its province.
 *
 * @param type {@code xã}, {@code phường} or {@code đặc khu}
 * @param name the proper name ({@code Tiên Lãng})
 * @param province the province's name only ({@code Hải Phòng})
 * @param provinceKind {@code tỉnh} or {@code thành phố}
 */
public record Commune(String type, String name, String province, String provinceKind) {

  /** {@code xã Tiên Lãng}. */
  public String unit() {
    return type + " " + name;
  }

  /** {@code thành phố Hải Phòng}. */
  public String provinceUnit() {
    return provinceKind + " " + province;
  }

  /** Wards have tổ dân phố and no thôn; the bodies and wording differ accordingly. */
  public boolean isWard() {
    return type.equals("phường");
  }
}
