package org.planex.eval.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.planex.eval.scan.ScanGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code planex fixtures}: (re)generates the renderings of the seed plans in every format the ingester reads. */
@Command(name = "fixtures", mixinStandardHelpOptions = true,
    description = {"Render the diacritized seed plans (corpus/plans/*.txt) as DOCX, PDF, ODT, HTML, RTF and DOC,",
        "plus legacy-encoding variants (TCVN3, VNI, windows-1258, UTF-16), next to the seeds.",
        "Fails if the appendix table data no longer matches its seed word for word.",
        "With --scanned: only the scanned fixtures (corpus/scanned), made from the PDF renderings."})
public final class FixturesCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "DIR", description = "Folder with the seed .txt files; renderings go "
      + "there too (default: corpus/plans of the project).")
  Path out;

  @Option(names = "--data", paramLabel = "DIR", description = "Folder of rendering data such as the appendix "
      + "table (default: corpus/render of the project).")
  Path data;

  @Option(names = "--fonts", paramLabel = "DIR", description = "Folder with the Liberation Serif TrueType fonts "
      + "embedded in the PDFs (default: ${DEFAULT-VALUE}).")
  Path fonts = PdfWriter.FONT_DIR;

  @Option(names = "--no-doc", description = "Skip the .doc renderings (which need LibreOffice).")
  boolean noDoc;

  @Option(names = "--scanned", description = "Write only the scanned fixtures (page images and image-only PDFs, "
      + "with their true text) into corpus/scanned, from the PDF renderings in --out.")
  boolean scanned;

  @Override
  public Integer call() throws Exception {
    Path home = Path.of(System.getProperty("planex.home", "."));
    if (scanned) {
      Path plans = out != null ? out : home.resolve("corpus/plans");
      Path target = home.resolve("corpus/scanned");
      List<Path> written = new ScanGenerator(plans, home.resolve("corpus/annotations/tien-lang.restored.txt"), fonts,
          target, System.err::println).generate();
      System.err.println("planex: " + written.size() / 2 + " scanned fixtures written to " + target);
      return 0;
    }
    Optional<DocConverter> converter = noDoc ? Optional.empty() : DocConverter.find();
    if (!noDoc && converter.isEmpty()) {
      System.err.println("planex: soffice (LibreOffice) not found on the PATH: skipping the .doc renderings");
    }
    // The launcher names the project folder, so the defaults work from any working directory.
    Path plans = out != null ? out : home.resolve("corpus/plans");
    Path renderData = data != null ? data : home.resolve("corpus/render");
    List<Path> written = new FixtureGenerator(plans, renderData, fonts, converter, System.err::println).generate();
    System.err.println("planex: " + written.size() + " renderings written to " + plans);
    return 0;
  }
}
