package org.planex.ingest.isolated;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

/**
 * A class-data-sharing archive of the worker's classes (Tika, POI, PDFBox …), so that every worker after the
 * first starts about a quarter faster. The JVM writes it when the first worker exits cleanly; it is keyed by
 * the class path and the JVM version, and used only when the class path is all jars (CDS cannot map
 * directories, as a test run has).
 */
final class WorkerClassArchive {

  private WorkerClassArchive() {}

  /** JVM options for a new worker: create the archive ({@code first}) or use it, or nothing when unusable. */
  static List<String> options(String classPath, boolean first) {
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.endsWith(".jar")) {
        return List.of();
      }
    }
    Path archive = cacheDir().resolve("worker-" + key(classPath) + ".jsa");
    try {
      Files.createDirectories(archive.getParent());
    } catch (java.io.IOException e) {
      return List.of();
    }
    List<String> quiet = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    if (Files.isRegularFile(archive)) {
      return concat(quiet, List.of("-XX:SharedArchiveFile=" + archive));
    }
    // Only one worker writes a missing archive, so that two never write the same file.
    return first ? concat(quiet, List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive))
        : List.of();
  }

  private static Path cacheDir() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("planex");
  }

  private static String key(String classPath) {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      digest.update(classPath.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update(Runtime.version().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
