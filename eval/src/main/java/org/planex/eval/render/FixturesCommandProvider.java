package org.planex.eval.render;

import org.planex.cli.CommandProvider;

/** Adds {@code planex fixtures} to the command line. */
public final class FixturesCommandProvider implements CommandProvider {

  @Override
  public Object command() {
    return new FixturesCommand();
  }
}
