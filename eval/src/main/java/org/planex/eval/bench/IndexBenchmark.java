package org.planex.eval.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.planex.eval.render.PdfWriter;
import org.planex.eval.synth.Damage;
import org.planex.eval.synth.PlanFormat;
import org.planex.eval.synth.PlanGenerator;
import org.planex.eval.synth.SynthOptions;
import org.planex.eval.synth.SyntheticCorpusWriter;
import org.planex.eval.synth.Vocabulary;
import org.planex.index.PlanIndexWriter;
import org.planex.index.PlanSearcher;
import org.planex.index.SearchRequest;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.LocalIngester;
import org.planex.model.Citation;
import org.planex.model.Metadata;
import org.planex.model.PlanDocument;
import org.planex.model.PlanJson;
import org.planex.model.Source;
import org.planex.pipeline.BatchRunner;
import org.planex.pipeline.InputCollector;
import org.planex.pipeline.Pipeline;
import org.planex.pipeline.Progress;
import org.planex.text.AccentFolding;

/**
 * Indexing and search at scale: {@code base} synthetic plans are generated and processed through the pipeline
 * once, then {@code plans} variants of them (each moved to another commune and province of the base set, its
 * text renamed accordingly, its year shifted) are indexed, and a fixed, seeded mix of queries — free text,
 * accent-less, phrase, {@code --cites}, faceted — is timed, each a full search (top 10 with snippets and every
 * facet's counts), after a warm-up.
 */
public final class IndexBenchmark {

  /** What was measured. */
  public record Result(int base, int plans, double indexSeconds, double indexCpuSeconds, long indexBytes,
      long luceneDocs, Map<String, double[]> latencies, Map<String, double[]> cpuLatencies) {

    public String describe() {
      StringBuilder out = new StringBuilder(indexSeconds < 1 ? String.format(Locale.ROOT,
          "index reused: %,d plans, %,.1f MB (%,d Lucene documents)%nquery latency, ms, one thread at a time "
              + "(full search: top 10 with snippets and facet counts); wall clock, and the calling thread's CPU time:%n",
          plans, indexBytes / 1e6, luceneDocs) : String.format(Locale.ROOT,
          "indexed %,d plans (variants of %,d processed synthetic plans) in %.1f s: %,.0f plans/s "
              + "(%,.0f plans per CPU-second of this process); index %,.1f MB (%,d Lucene documents)%n"
              + "query latency, ms, one thread (full search: top 10 with snippets and facet counts); wall clock, and "
              + "the thread's CPU time (what a machine not shared with other jobs would show):%n",
          plans, base, indexSeconds, plans / indexSeconds, plans / indexCpuSeconds, indexBytes / 1e6, luceneDocs));
      for (Map.Entry<String, double[]> kind : latencies.entrySet()) {
        double[] ms = kind.getValue();
        double[] cpu = cpuLatencies.get(kind.getKey());
        out.append(String.format(Locale.ROOT,
            "  %-10s %5d queries  wall p50 %6.1f  p95 %6.1f  max %7.1f   cpu p50 %6.1f  p95 %6.1f%n", kind.getKey(),
            ms.length, percentile(ms, 50), percentile(ms, 95), ms[ms.length - 1], percentile(cpu, 50),
            percentile(cpu, 95)));
      }
      return out.toString();
    }
  }

  /** One query of the mix and its kind. */
  record TimedQuery(String kind, SearchRequest request) {}

  private final int base;
  private final int plans;
  private final int queries;
  private final int threads;
  private final PrintStream log;

  private boolean reuseIndex;

  /** Time the queries on the index a previous run left in the work folder, without indexing again. */
  public IndexBenchmark reusingIndex(boolean reuse) {
    this.reuseIndex = reuse;
    return this;
  }

  public IndexBenchmark(int base, int plans, int queries, int threads, PrintStream log) {
    this.base = base;
    this.plans = plans;
    this.queries = queries;
    this.threads = threads;
    this.log = log;
  }

  public Result run(Path work) throws Exception {
    List<PlanDocument> documents = processedBase(work);
    Path index = work.resolve("index");
    boolean reuse = reuseIndex && Files.isDirectory(index);
    if (!reuse) {
      deleteTree(index);
    }
    List<String[]> places = documents.stream()
        .filter(d -> d.metadata().unit() != null && d.metadata().province() != null)
        .map(d -> new String[] {d.metadata().unit().type(), d.metadata().unit().name(), d.metadata().province()})
        .toList();
    log.printf(reuse ? "planex: timing queries on the index in %s%n" : "planex: indexing %,d plans…%n",
        reuse ? index : plans);
    long started = System.nanoTime();
    long cpuStarted = processCpuNanos();
    try (PlanIndexWriter writer = reuse ? null : new PlanIndexWriter(index);
        ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < (reuse ? 0 : threads); t++) {
        int first = t;
        parts.add(pool.submit(() -> {
          for (int i = first; i < plans; i += threads) {
            writer.add("bench/" + i, Integer.toString(i), variant(documents, places, i));
          }
          return null;
        }));
      }
      for (Future<?> part : parts) {
        part.get();
      }
      if (writer != null) {
        writer.commit();
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
    long bytes;
    try (Stream<Path> files = Files.list(index)) {
      bytes = files.mapToLong(f -> f.toFile().length()).sum();
    }
    List<TimedQuery> mix = queryMix(documents, places, queries, new Random(42));
    Map<String, List<Double>> byKind = new LinkedHashMap<>();
    Map<String, List<Double>> cpuByKind = new LinkedHashMap<>();
    java.lang.management.ThreadMXBean thread = java.lang.management.ManagementFactory.getThreadMXBean();
    long luceneDocs;
    try (PlanSearcher searcher = PlanSearcher.open(index)) {
      luceneDocs = searcher.documentCount();
      for (TimedQuery query : mix.subList(0, Math.min(200, mix.size()))) {
        searcher.search(query.request()); // warm-up
      }
      for (TimedQuery query : mix) {
        long t0 = System.nanoTime();
        long c0 = thread.getCurrentThreadCpuTime();
        searcher.search(query.request());
        double cpu = (thread.getCurrentThreadCpuTime() - c0) / 1e6;
        double ms = (System.nanoTime() - t0) / 1e6;
        for (String kind : List.of(query.kind(), "all")) {
          byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(ms);
          cpuByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(cpu);
        }
      }
    }
    return new Result(documents.size(), plans, seconds, cpuSeconds, bytes, luceneDocs, sorted(byKind),
        sorted(cpuByKind));
  }

  private static Map<String, double[]> sorted(Map<String, List<Double>> byKind) {
    Map<String, double[]> sorted = new LinkedHashMap<>();
    byKind.forEach((kind, ms) -> sorted.put(kind, ms.stream().mapToDouble(Double::doubleValue).sorted().toArray()));
    return sorted;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** The base plans, generated and processed once per work folder (a rerun reuses them). */
  private List<PlanDocument> processedBase(Path work) throws Exception {
    Path synth = work.resolve("synth");
    Path json = work.resolve("json");
    if (!Files.isDirectory(synth.resolve("plans"))) {
      log.printf("planex: generating %,d synthetic plans…%n", base);
      SynthOptions options = new SynthOptions(7, List.of(PlanFormat.named("txt")), List.of(Damage.NONE));
      new SyntheticCorpusWriter(new PlanGenerator(Vocabulary.bundled(), options, PdfWriter.FONT_DIR))
          .write(synth, base, threads);
    }
    log.printf("planex: processing them through the pipeline (skipped when done before)…%n");
    try (Pipeline pipeline = new Pipeline(new LocalIngester(IngestLimits.DEFAULT), Pipeline.standardStages())) {
      InputCollector.Collected inputs = InputCollector.collect(List.of(synth.resolve("plans")), json);
      new BatchRunner(pipeline, new BatchRunner.Options(json, threads, true))
          .run(inputs, new Progress(log, Progress.stderrIsTerminal(), false, inputs.inputs().size()));
    }
    List<PlanDocument> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(json)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt.json")).sorted().toList()) {
        documents.add(PlanJson.read(file));
      }
    }
    return documents;
  }

  /** Plan {@code i}: a base plan moved to another commune and year. */
  private static PlanDocument variant(List<PlanDocument> documents, List<String[]> places, int i) {
    PlanDocument plan = documents.get(i % documents.size());
    String[] place = places.get((int) ((i * 7919L) % places.size()));
    Metadata m = plan.metadata();
    String text = plan.text() == null ? "" : plan.text();
    if (m.unit() != null && m.unit().name() != null) {
      text = text.replace(m.unit().name(), place[1]);
    }
    if (m.province() != null) {
      text = text.replace(m.province(), place[2]);
    }
    String date = m.date() == null ? null : (2019 + i % 7) + m.date().substring(4);
    Metadata moved = new Metadata(m.kind(), m.number(), m.symbol(), date, m.partialDate(), m.place(), m.issuer(),
        new Metadata.Unit(place[0], place[1]), place[2], m.title(), m.period(), m.signer(), m.recipients());
    Source source = plan.source();
    return plan.withMetadata(moved).withText(text)
        .withSource(new Source("bench/" + i + ".txt", source.sha256(), source.mediaType(), source.pages(), null,
            source.bytes(), source.encoding()));
  }

  private static List<TimedQuery> queryMix(List<PlanDocument> documents, List<String[]> places, int count,
      Random random) {
    List<TimedQuery> mix = new ArrayList<>();
    List<String> numbers = documents.stream().flatMap(d -> d.citations().stream()).map(Citation::number)
        .filter(n -> n != null).distinct().sorted().toList();
    for (int i = 0; i < count; i++) {
      String[] words = words(documents.get(random.nextInt(documents.size())), random);
      String free = String.join(" ", Arrays.copyOf(words, 2 + random.nextInt(2)));
      String[] place = places.get(random.nextInt(places.size()));
      int kind = i % 10;
      TimedQuery query = switch (kind) {
        case 0, 1, 2 -> new TimedQuery("free text", request(free, null, null));
        case 3, 4 -> new TimedQuery("accentless", request(AccentFolding.fold(free), null, null));
        case 5, 6 -> new TimedQuery("phrase", request("\"" + free + "\"", null, null));
        case 7 -> new TimedQuery("cites", request("", numbers.get(random.nextInt(numbers.size())), null));
        default -> new TimedQuery("faceted", request(free, null, place[2]));
      };
      mix.add(query);
    }
    return mix;
  }

  /** Three consecutive words of a random line of the plan's text. */
  private static String[] words(PlanDocument plan, Random random) {
    String[] lines = plan.text().split("\n");
    for (int attempt = 0; attempt < 50; attempt++) {
      String[] w = lines[random.nextInt(lines.length)].split("[^\\p{L}\\p{N}]+");
      if (w.length >= 5) {
        int at = random.nextInt(w.length - 3);
        if (!w[at].isEmpty()) {
          return new String[] {w[at], w[at + 1], w[at + 2]};
        }
      }
    }
    return new String[] {"tuyên", "truyền", "cải"};
  }

  private static SearchRequest request(String query, String cites, String province) {
    return new SearchRequest(query, cites, null, province, null, null, null, null, null, 10, 0);
  }

  static double percentile(double[] sorted, double p) {
    int at = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
