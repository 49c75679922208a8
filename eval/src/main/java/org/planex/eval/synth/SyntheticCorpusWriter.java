package org.planex.eval.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.planex.eval.gold.AnnotatedCorpus;
import org.planex.eval.gold.GoldDocument;
import org.planex.text.AccentFolding;

/**
 * Writes N synthetic plans as an annotated corpus, laid out like {@code corpus/}: {@code plans/<name>.<ext>}, and
 * {@code annotations/<name>.json} with, when the plan file's text is not its true text (another format, or
 * damage), {@code annotations/<name>.restored.txt}. Each plan depends only on the seed, its index and the options,
 * so the output is byte-identical whatever the number of threads.
 */
public final class SyntheticCorpusWriter {

  /** What a run wrote, and how fast. */
  public record Report(int plans, long files, long bytes, double seconds) {

    public String describe() {
      return String.format(Locale.ROOT, "%,d plans with golds: %,d files, %.1f MB in %.2f s (%.0f plans/s, "
          + "%.0f files/s)", plans, files, bytes / 1e6, seconds, plans / seconds, files / seconds);
    }
  }

  private final Vocabulary vocabulary;
  private final SynthOptions options;
  private final Path fontDir;
  private final PlanComposer composer;

  /** @param fontDir the Liberation fonts, for PDF */
  public SyntheticCorpusWriter(Vocabulary vocabulary, SynthOptions options, Path fontDir) {
    this.vocabulary = vocabulary;
    this.options = options;
    this.fontDir = fontDir;
    this.composer = new PlanComposer(vocabulary);
  }

  public Report write(Path out, int count, int threads) throws IOException, InterruptedException {
    Path plans = Files.createDirectories(out.resolve("plans"));
    Path annotations = Files.createDirectories(out.resolve("annotations"));
    long start = System.nanoTime();
    AtomicLong bytes = new AtomicLong();
    AtomicLong files = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> work = new ArrayList<>();
      int chunk = 64;
      for (int from = 0; from < count; from += chunk) {
        int first = from;
        int last = Math.min(count, from + chunk);
        work.add(pool.submit(() -> {
          for (int i = first; i < last; i++) {
            writePlan(i, plans, annotations, files, bytes);
          }
          return null;
        }));
      }
      for (Future<?> done : work) {
        done.get();
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof UncheckedIOException io ? io.getCause()
          : new IOException("generating failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Report(count, files.get(), bytes.get(), (System.nanoTime() - start) / 1e9);
  }

  /** Writes plan {@code index}'s files, counting them. */
  private void writePlan(int index, Path plans, Path annotations, AtomicLong files, AtomicLong bytes)
      throws IOException {
    GeneratedPlan plan = generate(index);
    Files.write(plans.resolve(plan.name() + "." + plan.format().extension()), plan.file());
    byte[] gold = AnnotatedCorpus.write(plan.gold()).getBytes(StandardCharsets.UTF_8);
    Files.write(annotations.resolve(plan.name() + ".json"), gold);
    long written = plan.file().length + gold.length;
    int count = 2;
    if (plan.restoredText() != null) {
      byte[] restored = plan.restoredText().getBytes(StandardCharsets.UTF_8);
      Files.write(annotations.resolve(plan.gold().restoredText()), restored);
      written += restored.length;
      count++;
    }
    files.addAndGet(count);
    bytes.addAndGet(written);
  }

  /**
   * One generated plan in memory.
   *
   * @param restoredText the true text when the file's text is not it, else null
   */
  public record GeneratedPlan(String name, PlanFormat format, Damage damage, byte[] file, GoldDocument gold,
      String restoredText) {}

  /** Plan {@code index} of this run, without writing it. */
  public GeneratedPlan generate(int index) throws IOException {
    PlanRandom random = PlanRandom.forPlan(options.seed(), index);
    PlanRandom damageRandom = random.fork("damage");
    ComposedPlan composed = composer.compose(random);
    PlanFormat format = options.formatOf(index);
    Damage damage = options.damageOf(index);
    String name = String.format(Locale.ROOT, "%06d-%s", index + 1, slug(composed.facts().commune()));
    SynthDocument written = damage.apply(composed.document(), vocabulary, damageRandom);
    byte[] file = format.write(written, name, fontDir);
    boolean fileIsTruth = format == PlanFormat.TXT && damage == Damage.NONE;
    String restored = fileIsTruth ? null : PlainText.text(composed.document(), format.arrangement());
    String notes = String.format(Locale.ROOT, "generated by planex synth, seed %d, options %s; this plan: format %s,"
            + " damage %s, header %s, number %s, date %s", options.seed(), options.describe(),
        format.name().toLowerCase(Locale.ROOT), damage.name().toLowerCase(Locale.ROOT),
        composed.facts().header().name().toLowerCase(Locale.ROOT),
        composed.facts().number() == null ? "blank" : "printed",
        composed.facts().dateForm().name().toLowerCase(Locale.ROOT));
    GoldDocument gold = GoldAssembler.assemble(name, composed, format.arrangement(),
        fileIsTruth ? null : name + ".restored.txt", notes);
    return new GeneratedPlan(name, format, damage, file, gold, restored);
  }

  /** "Tiên Lãng" → "tien-lang". */
  static String slug(Commune commune) {
    return AccentFolding.fold(commune.name()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
  }
}
