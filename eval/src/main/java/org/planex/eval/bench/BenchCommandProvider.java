package org.planex.eval.bench;

import org.planex.cli.CommandProvider;

/** Adds {@code planex bench} to the command line. */
public final class BenchCommandProvider implements CommandProvider {

  @Override
  public Object command() {
    return new BenchCommand();
  }
}
