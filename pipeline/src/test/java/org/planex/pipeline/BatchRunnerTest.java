package org.planex.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.Corpus;
import org.planex.cli.Main;
import org.planex.ingest.IngestLimits;
import org.planex.ingest.encoding.Windows1258;
import org.planex.ingest.isolated.IsolatedIngester;
import org.planex.model.PlanDocument;
import org.planex.model.PlanJson;

/** A batch over good and hostile files: every file is accounted for, and no bad one costs a good one. */
class BatchRunnerTest {

  @TempDir
  Path dir;

  @Test
  void aHangAHeapBlowUpAndUnreadablePathsCostOnlyTheirOwnFiles() throws Exception {
    // The full set of hostile formats (zip bomb, encrypted, truncated PDF, 50 MB text …) runs at scale in the
    // eval module's BatchAtScaleTest; here the failures the batch machinery itself must contain.
    Path in = Files.createDirectories(dir.resolve("in"));
    Path out = dir.resolve("out");
    Map<String, String> expected = new HashMap<>();
    Files.write(in.resolve("stuck.hang"), new byte[] {0, 1});
    expected.put("stuck.hang", "timeout");
    Files.write(in.resolve("bomb.hog"), new byte[] {0, 1});
    expected.put("bomb.hog", "out-of-memory");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    expected.put("empty.txt", "empty-file");
    Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("gone.txt"));
    expected.put("dangling.txt", "unreadable");
    Path missing = dir.resolve("no-such-file.docx");
    expected.put("no-such-file.docx", "unreadable");
    List<String> good = List.of("viet-khe-2025-h2.txt", "tien-lang-19-KH-UBND.txt", "phu-van-2025-h2.txt",
        "thuong-xuan-2025.txt", "mo-lao-2025.txt");
    for (String name : good) {
      Files.copy(Corpus.plan(name), in.resolve(name));
    }
    Path cp1258 = Files.write(in.resolve("mo-lao.cp1258.txt"), Windows1258.encode(Corpus.read("mo-lao-2025.txt")));

    // A time limit a good file meets even when the machine is loaded; the hang costs this much and no more.
    IngestLimits limits = new IngestLimits(256L << 20, 10_000_000, Duration.ofSeconds(12), 256);
    InputCollector.Collected collected = InputCollector.collect(List.of(in, missing), out);
    BatchSummary summary;
    try (Pipeline pipeline = new Pipeline(new IsolatedIngester(limits), Pipeline.standardStages())) {
      summary = new BatchRunner(pipeline, new BatchRunner.Options(out, 2, false))
          .run(collected, new Progress(new PrintStream(new ByteArrayOutputStream()), false, true, 0));
    }

    assertEquals(expected.size() + good.size() + 1, summary.inputs());
    assertEquals(good.size() + 1, summary.ok());
    assertEquals(expected.size(), summary.failed());
    Map<String, JsonNode> errors = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve("errors.jsonl"))) {
      JsonNode error = PlanJson.mapper().readTree(line);
      errors.put(Path.of(error.get("path").asText()).getFileName().toString(), error);
      String message = error.get("message").asText();
      assertFalse(message.isBlank() || message.contains("\n") || message.length() > 400, line);
    }
    assertEquals(expected.keySet(), errors.keySet());
    expected.forEach((name, key) -> assertEquals(key, errors.get(name).get("error").asText(),
        name + ": " + errors.get(name)));

    for (String name : good) {
      PlanDocument document = PlanJson.read(out.resolve(name + ".json"));
      assertFalse(document.originalText().isBlank());
      List<String> stages = new java.util.ArrayList<>(List.of("ingest"));
      Pipeline.standardStages().forEach(stage -> stages.add(stage.name()));
      assertEquals(stages, document.stages());
    }
    PlanDocument decoded = PlanJson.read(out.resolve(cp1258.getFileName() + ".json"));
    assertEquals("windows-1258", decoded.source().encoding());
    assertTrue(decoded.originalText().contains("Tuyên truyền Cải cách hành chính Nhà nước năm 2025"));
    try (Stream<Path> files = Files.list(out)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".tmp-")), "no temp files left");
    }
  }

  @Test
  void resumeSkipsUnchangedFilesAndRedoesChangedOnes() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path out = dir.resolve("out");
    Files.copy(Corpus.plan("mo-lao-2025.txt"), in.resolve("a.txt"));
    Files.copy(Corpus.plan("phu-van-2025-h2.txt"), in.resolve("b.txt"));
    assertEquals(0, run(in, out, "--resume"));
    JsonNode first = summary(out);
    assertEquals(2, first.get("ok").asInt());

    Files.writeString(in.resolve("b.txt"), "\nGhi chú: bổ sung.", java.nio.file.StandardOpenOption.APPEND);
    assertEquals(0, run(in, out, "--resume"));
    JsonNode second = summary(out);
    assertEquals(1, second.get("skipped").asInt());
    assertEquals(1, second.get("ok").asInt());
    assertTrue(PlanJson.read(out.resolve("b.txt.json")).originalText().endsWith("Ghi chú: bổ sung."));
  }

  @Test
  void exitStatusTellsAllOkSomeFailedAndUsageErrors() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Corpus.plan("mo-lao-2025.txt"), in.resolve("ok.txt"));
    assertEquals(0, run(in, dir.resolve("o1")));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    assertEquals(1, run(in, dir.resolve("o2")));
    assertEquals(2, Main.commandLine().execute("process", in.toString())); // no --out
    assertEquals(2, Main.commandLine().execute("process", "--out", dir.resolve("o3").toString(), "--threads",
        "x", in.toString()));
  }

  @Test
  void outputNamesAreSafeAndUnique() {
    Path root = Path.of("plans");
    assertEquals("viet-khe.docx.json", InputCollector.safeName(Path.of("viet-khe.docx")));
    assertEquals("Hai_Phong__Tien_Lang_KH_19.pdf.json",
        InputCollector.safeName(root.relativize(Path.of("plans/Hải Phòng/Tiên Lãng KH 19.pdf"))));
    assertEquals("document.json", InputCollector.safeName(Path.of("...")));
  }

  private static int run(Path in, Path out, String... more) {
    String[] args = Stream.concat(Stream.of("process", "--quiet", "--out", out.toString(), in.toString()),
        Stream.of(more)).toArray(String[]::new);
    PrintStream err = System.err;
    try {
      System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      return Main.commandLine().execute(args);
    } finally {
      System.setErr(err);
    }
  }

  private static JsonNode summary(Path out) throws Exception {
    return PlanJson.mapper().readTree(out.resolve("summary.json").toFile());
  }
}
