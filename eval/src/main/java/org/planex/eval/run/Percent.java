package org.planex.eval.run;

import java.util.Locale;

/** The one way rates are printed in reports. */
public final class Percent {

  private Percent() {}

  public static String of(double rate) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * rate);
  }

  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
