package org.planex.eval.run;

import org.planex.cli.CommandProvider;

/** Adds {@code planex eval} to the command line. */
public final class EvalCommandProvider implements CommandProvider {

  @Override
  public Object command() {
    return new EvalCommand();
  }
}
