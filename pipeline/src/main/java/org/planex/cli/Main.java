package org.planex.cli;

import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code planex} command line: parses options and hands over to the library. */
@Command(name = "planex", mixinStandardHelpOptions = true, version = "planex 0.1.0",
    description = "Vietnamese administrative plans (Kế hoạch) to structured, searchable data.",
    subcommands = {ProcessCommand.class, ExtractCommand.class, RestoreCommand.class, IndexCommand.class,
        SearchCommand.class, ServeCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The full command tree, with the subcommands other modules contribute. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    for (CommandProvider provider : ServiceLoader.load(CommandProvider.class)) {
      cli.addSubcommand(provider.command());
    }
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("planex: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 1;
    });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
