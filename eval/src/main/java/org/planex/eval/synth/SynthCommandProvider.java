package org.planex.eval.synth;

import org.planex.cli.CommandProvider;

/** Adds {@code planex synth} to the command line. */
public final class SynthCommandProvider implements CommandProvider {

  @Override
  public Object command() {
    return new SynthCommand();
  }
}
