package org.planex.eval.gold;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The annotated corpus: {@code plans/} with the plan files and {@code annotations/} with one gold JSON per
 * plan. Gold files are read strictly — an unknown or missing key is an error — so a typo in an annotation
 * cannot silently become an absent value.
 */
public final class AnnotatedCorpus {

  private static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private final Path root;
  private final List<AnnotatedPlan> plans;
  private final List<String> unreadable;

  private AnnotatedCorpus(Path root, List<AnnotatedPlan> plans, List<String> unreadable) {
    this.root = root;
    this.plans = List.copyOf(plans);
    this.unreadable = List.copyOf(unreadable);
  }

  /**
   * Reads {@code root/annotations/*.json}. A gold file that cannot be read is listed in {@link #unreadable()}
   * with its reason, so the others can still be checked.
   */
  public static AnnotatedCorpus load(Path root) throws IOException {
    Path annotations = root.resolve("annotations");
    Path planDir = root.resolve("plans");
    if (!Files.isDirectory(annotations) || !Files.isDirectory(planDir)) {
      throw new IOException(root + " is not an annotated corpus: it needs plans/ and annotations/");
    }
    List<Path> planFiles;
    try (Stream<Path> files = Files.list(planDir)) {
      planFiles = files.filter(Files::isRegularFile).sorted().toList();
    }
    List<AnnotatedPlan> plans = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    try (Stream<Path> files = Files.list(annotations)) {
      for (Path goldFile : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        try {
          plans.add(plan(goldFile, read(goldFile), planFiles, annotations));
        } catch (IOException e) {
          unreadable.add(e.getMessage());
        }
      }
    }
    return new AnnotatedCorpus(root, plans, unreadable);
  }

  public static GoldDocument read(Path goldFile) throws IOException {
    try {
      return STRICT.readValue(goldFile.toFile(), GoldDocument.class);
    } catch (IOException e) {
      throw new IOException(goldFile.getFileName() + ": " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
    }
  }

  public static String write(GoldDocument gold) {
    try {
      return STRICT.writerWithDefaultPrettyPrinter().writeValueAsString(gold) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AnnotatedPlan plan(Path goldFile, GoldDocument gold, List<Path> planFiles, Path annotations)
      throws IOException {
    String base = goldFile.getFileName().toString().replaceFirst("\\.json$", "");
    if (!base.equals(gold.plan())) {
      throw new IOException(goldFile.getFileName() + ": \"plan\" is " + gold.plan() + ", expected " + base);
    }
    Path primary = null;
    List<Path> renderings = new ArrayList<>();
    for (Path file : planFiles) {
      String name = file.getFileName().toString();
      if (name.equals(base + ".txt")) {
        primary = file;
      } else if (name.startsWith(base + ".")) {
        renderings.add(file);
      }
    }
    if (primary == null && gold.restoredText() != null && !renderings.isEmpty()) {
      // A plan that exists only in another format or encoding (a generated DOCX, a TCVN3 text): its true text is
      // the restored text, so its one file serves as the primary.
      primary = renderings.removeFirst();
    }
    if (primary == null) {
      throw new IOException(goldFile.getFileName() + ": no plans/" + base + ".*");
    }
    Optional<Path> restored = Optional.ofNullable(gold.restoredText()).map(annotations::resolve);
    if (restored.isPresent() && !Files.isRegularFile(restored.get())) {
      throw new IOException(goldFile.getFileName() + ": restoredText " + gold.restoredText() + " not found");
    }
    return new AnnotatedPlan(gold, goldFile, primary, renderings, restored);
  }

  public Path root() {
    return root;
  }

  public List<AnnotatedPlan> plans() {
    return plans;
  }

  /** One line per gold file that could not be read. */
  public List<String> unreadable() {
    return unreadable;
  }
}
