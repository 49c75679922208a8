package org.planex.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.planex.text.AccentFolding;

/**
 * Expands the paths of a batch into files (folders recursively, in a stable order) and gives each a unique,
 * safe output name: its path below the folder it was found in, folded to ASCII, {@code /} written as
 * {@code __}, plus {@code .json}. Hidden files and folders and the output folder itself are left out.
 */
public final class InputCollector {

  /** Names in the output folder that are not documents. */
  public static final Set<String> RESERVED = Set.of("errors.jsonl", "summary.json");
  private static final int MAX_NAME = 180;

  /** The files found, and how many hidden files were passed over. */
  public record Collected(List<BatchInput> inputs, int hiddenSkipped) {}

  public static Collected collect(List<Path> roots, Path outputDir) {
    Path out = outputDir.toAbsolutePath().normalize();
    List<Path[]> found = new ArrayList<>(); // {file as reported, path for naming}
    int[] hidden = {0};
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        // Files (and paths that do not exist or cannot be read) are reported, never silently dropped.
        found.add(new Path[] {root, root.getFileName() == null ? root : root.getFileName()});
        continue;
      }
      try {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.toAbsolutePath().normalize().equals(out)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (!dir.equals(root) && isHidden(dir)) {
              hidden[0]++;
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(file)) {
              hidden[0]++;
            } else if (!attrs.isDirectory()) {
              files.add(file); // regular files, and links that may be dangling: reading reports those
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            files.add(file); // an unreadable entry is reported as a failed input
            return FileVisitResult.CONTINUE;
          }
        });
        files.sort(Comparator.comparing(Path::toString));
        for (Path file : files) {
          found.add(new Path[] {file, root.relativize(file)});
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Set<String> taken = new HashSet<>();
    RESERVED.forEach(taken::add);
    List<BatchInput> inputs = new ArrayList<>();
    for (Path[] pair : found) {
      inputs.add(new BatchInput(pair[0], unique(safeName(pair[1]), taken)));
    }
    return new Collected(inputs, hidden[0]);
  }

  static String safeName(Path relative) {
    List<String> parts = new ArrayList<>();
    for (Path part : relative) {
      parts.add(part.toString());
    }
    String joined = String.join("__", parts);
    String ascii = AccentFolding.fold(joined).replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
    if (ascii.isEmpty()) {
      ascii = "document";
    }
    if (ascii.length() > MAX_NAME) {
      String hash = Integer.toHexString(joined.hashCode());
      ascii = ascii.substring(0, MAX_NAME - hash.length() - 1) + "-" + hash;
    }
    return ascii + ".json";
  }

  private static String unique(String name, Set<String> taken) {
    String base = name.substring(0, name.length() - ".json".length());
    String candidate = name;
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = base + "-" + n + ".json";
    }
    return candidate;
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
