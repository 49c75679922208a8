package org.planex.diacritics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CodebookTest {

  @Test
  void decodesCloseToTheValueAndKeepsOrder() {
    Random random = new Random(4);
    float[] values = new float[100_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) (-7 * random.nextDouble());
    }
    Codebook book = Codebook.fit(values, false);
    float previous = Float.NEGATIVE_INFINITY;
    for (int code = 0; code < Codebook.SIZE; code++) {
      assertTrue(book.decode(code) >= previous);
      previous = book.decode(code);
    }
    for (float v : values) {
      assertTrue(Math.abs(book.decode(book.encode(v)) - v) < 0.05, "value " + v);
    }
  }

  @Test
  void zeroIsExactWhenReserved() {
    float[] values = {0f, -0.3f, -1.2f, 0f, -0.0001f};
    Codebook book = Codebook.fit(values, true);
    assertEquals(0, book.encode(0f));
    assertEquals(0f, book.decode(0));
    assertTrue(book.encode(-0.0001f) != 0);
  }
}
