package org.planex.eval.train;

import org.planex.cli.CommandProvider;

/** Adds {@code planex train} to the command line. */
public final class TrainCommandProvider implements CommandProvider {

  @Override
  public Object command() {
    return new TrainCommand();
  }
}
