package org.planex.ingest.rtf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The Java charsets behind RTF's Windows code page numbers and font character set numbers. */
final class RtfCodePages {

  static final Charset DEFAULT = Charset.forName("windows-1252");

  private final Map<Integer, Charset> byCodePage = new HashMap<>();
  private final Map<Charset, Boolean> multiByte = new HashMap<>();

  /** The charset of Windows code page {@code codePage}, or {@code null} when Java has none. */
  Charset forCodePage(int codePage) {
    return byCodePage.computeIfAbsent(codePage, RtfCodePages::lookUp);
  }

  /** Whether characters of {@code charset} may take more than one byte, so that bytes must be decoded together. */
  boolean isMultiByte(Charset charset) {
    return multiByte.computeIfAbsent(charset, c -> {
      try {
        return c.newEncoder().maxBytesPerChar() > 1;
      } catch (UnsupportedOperationException e) {
        return true; // a decode-only charset: assume the worst, decoding together is still right
      }
    });
  }

  /** The code page a {@code \fcharsetN} implies, or -1 for "the document's" (default, symbol and unknown sets). */
  static int codePageOfCharset(int charset) {
    return switch (charset) {
      case 0 -> 1252;
      case 77 -> 10000;
      case 128 -> 932;
      case 129 -> 949;
      case 130 -> 1361;
      case 134 -> 936;
      case 136 -> 950;
      case 161 -> 1253;
      case 162 -> 1254;
      case 163 -> 1258;
      case 177 -> 1255;
      case 178 -> 1256;
      case 186 -> 1257;
      case 204 -> 1251;
      case 222 -> 874;
      case 238 -> 1250;
      case 254 -> 437;
      case 255 -> 850;
      default -> -1;
    };
  }

  private static Charset lookUp(int codePage) {
    String special = switch (codePage) {
      case 874 -> "x-windows-874";
      case 932 -> "windows-31j";
      case 936 -> "GBK";
      case 949 -> "x-windows-949";
      case 950 -> "x-windows-950";
      case 1361 -> "x-Johab";
      case 10000 -> "x-MacRoman";
      case 65001 -> StandardCharsets.UTF_8.name();
      default -> null;
    };
    for (String name : new String[] {special, "windows-" + codePage, "cp" + codePage, "IBM" + codePage}) {
      try {
        if (name != null && Charset.isSupported(name)) {
          return Charset.forName(name);
        }
      } catch (IllegalArgumentException e) {
        // an illegal name for this number: try the next spelling
      }
    }
    return null;
  }
}
