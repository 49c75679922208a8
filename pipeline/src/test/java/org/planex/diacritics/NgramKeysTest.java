package org.planex.diacritics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NgramKeysTest {

  @Test
  void packsUpToFourWords() {
    long key = NgramKeys.of(1, 20_000, 3, NgramKeys.MAX_WORDS - 1);
    assertEquals(4, NgramKeys.order(key));
    assertEquals(1, NgramKeys.first(key, 4));
    assertEquals(NgramKeys.MAX_WORDS - 1, NgramKeys.last(key));
    assertEquals(NgramKeys.of(1, 20_000, 3), NgramKeys.context(key));
    assertEquals(NgramKeys.of(20_000, 3, NgramKeys.MAX_WORDS - 1), NgramKeys.suffix(key, 3));
    assertEquals(key, NgramKeys.suffix(NgramKeys.append(key, 7) >>> NgramKeys.BITS, 4));
  }

  @Test
  void keysOfDifferentOrdersNeverCollideAndSortByFirstWord() {
    assertEquals(2, NgramKeys.order(NgramKeys.of(5, 6)));
    assertTrue(NgramKeys.of(5, 6) != NgramKeys.of(1, 5, 6));
    assertTrue(NgramKeys.of(2, 9, 9) < NgramKeys.of(3, 1, 1));
    assertEquals(4, NgramKeys.order(NgramKeys.suffix(NgramKeys.append(NgramKeys.of(1, 2, 3, 4), 5), 4)));
  }
}
