package org.crosspoint.app;

import picocli.CommandLine.Command;

/** {@code crosspoint eval ...}: measurements against the data in ../shared/data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure Crosspoint against the evaluation data in ../shared/data.",
    subcommands = {
      EvalMrzCommand.class,
      EvalHttpCommand.class,
      EvalMatchingCommand.class,
      EvalMatchingCommand.Translit.class,
      EvalMatchingCommand.CrossScript.class,
      EvalMatchingCommand.LeaveOneOut.class,
      EvalMatchingCommand.Perturbed.class,
      EvalMatchingCommand.Innocents.class,
      EvalMatchingCommand.Pairs.class,
      EvalMatchingCommand.Speed.class,
      EvalMatchingCommand.Travellers.class,
      EvalIntakeCommand.class
    })
public final class EvalCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
