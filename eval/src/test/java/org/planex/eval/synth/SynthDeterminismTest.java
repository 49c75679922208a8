package org.planex.eval.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed and options give the same bytes, whatever the number of threads; another seed, other plans. */
class SynthDeterminismTest {

  @Test
  void sameSeedAndOptionsGiveByteIdenticalCorpora(@TempDir Path work) throws Exception {
    Path one = work.resolve("one");
    Path two = work.resolve("two");
    SynthPlans.writer(SynthPlans.EVERY_OPTION).write(one, 24, 1);
    SynthPlans.writer(SynthPlans.EVERY_OPTION).write(two, 24, 2);
    List<Path> files = relativeFiles(one);
    assertEquals(files, relativeFiles(two));
    assertEquals(24 * 2 + 23, files.size(), "each format with each damage: 24 plans, 24 golds, 23 restored texts");
    for (Path file : files) {
      assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)),
          file.toString());
    }
  }

  @Test
  void anotherSeedGivesOtherPlans() throws Exception {
    SynthOptions text = new SynthOptions(1, List.of(PlanFormat.TXT), List.of(Damage.NONE));
    SynthOptions other = new SynthOptions(2, List.of(PlanFormat.TXT), List.of(Damage.NONE));
    assertNotEquals(new String(SynthPlans.generator(text).generate(0).file()),
        new String(SynthPlans.generator(other).generate(0).file()));
  }

  private static List<Path> relativeFiles(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
