package org.planex.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.concurrent.Callable;
import org.planex.diacritics.DiacriticRestorer;
import org.planex.diacritics.DiacriticsModel;
import org.planex.diacritics.DiacriticsModelFile;
import org.planex.diacritics.Restoration;
import org.planex.diacritics.RestoredToken;
import org.planex.diacritics.SharedModel;
import org.planex.text.TonePlacement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code planex restore}: text with its Vietnamese diacritics restored, line for line. */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = {"Restore Vietnamese diacritics: 'Thong tin, tuyen truyen' -> 'Thông tin, tuyên truyền'.",
        "Reads FILE (UTF-8), or standard input without one; writes the restored text on standard output with the "
            + "same lines. Text that already has its diacritics, numbers, symbols, acronyms, addresses and "
            + "foreign words pass through unchanged."})
public final class RestoreCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "Text file (default: standard input).")
  Path file;

  @Option(names = "--model", paramLabel = "FILE", description = "Model file (default: the project's "
      + "models/diacritics/diacritics.lm).")
  Path model;

  @Option(names = "--exact", description = "Exact Viterbi decoding instead of the (faster) beam.")
  boolean exact;

  @Option(names = "--changes", description = "List each changed token with its offsets and margin on standard "
      + "error.")
  boolean changes;

  @Override
  public Integer call() throws IOException {
    DiacriticsModel loaded = model != null ? DiacriticsModelFile.read(model) : SharedModel.get().orElse(null);
    if (loaded == null) {
      System.err.println("planex: no diacritics model at " + SharedModel.expectedLocation()
          + " (train one with ./planex train diacritics)");
      return 1;
    }
    byte[] bytes;
    try (InputStream in = file == null ? System.in : Files.newInputStream(file)) {
      bytes = in.readAllBytes();
    }
    // Undecodable bytes become U+FFFD rather than an error; marks are normalized as ingestion does.
    String text = TonePlacement.toClassic(Normalizer.normalize(new String(bytes, StandardCharsets.UTF_8),
        Normalizer.Form.NFC));
    Restoration restoration = (exact ? DiacriticRestorer.exact(loaded) : DiacriticRestorer.viterbi(loaded))
        .restore(text);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.print(restoration.text());
    out.flush();
    if (changes) {
      for (RestoredToken t : restoration.changed()) {
        System.err.printf("%d-%d %s -> %s %.2f%n", t.start(), t.end(), t.original(), t.restored(), t.margin());
      }
    }
    return 0;
  }
}
