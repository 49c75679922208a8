package org.planex.eval.train;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code planex train gazetteer}: the unit → province gazetteer the segment stage ships. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
    description = "Derive the segment stage's gazetteer (units by era, province and type) from the gazetteers "
        + "under DATA/gazetteer.")
final class GazetteerCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR", description = "Data folder laid out as ../shared/data "
      + "(default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("pipeline/src/main/resources/org/planex/segment/gazetteer.tsv");

  @Override
  public Integer call() throws Exception {
    int count = GazetteerBuilder.read(data).write(out);
    System.out.printf("%s: %,d unit names%n", out, count);
    return 0;
  }
}
