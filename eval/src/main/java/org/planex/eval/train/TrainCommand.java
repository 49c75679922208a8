package org.planex.eval.train;

import picocli.CommandLine.Command;

/** {@code planex train}: rebuilds the data the pipeline ships from the training data. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a model from the data in ../shared/data (needed only to train, never to run).",
    subcommands = GazetteerCommand.class)
public final class TrainCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}
