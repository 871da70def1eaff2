package org.crosspoint.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import org.crosspoint.store.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that opens the store named by {@code --home} (or {@code $CROSSPOINT_DB_URL}), does its
 * work in {@link #run(Store, PrintWriter)} and prints its answer as text or, with {@code --json},
 * as one JSON document. The store is closed whatever happens.
 */
abstract class StoreCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public final Integer call() throws Exception {
    try (Store store = home.openStore()) {
      return run(store, spec.commandLine().getOut());
    }
  }

  /** The command's work; returns the exit code. */
  protected abstract int run(Store store, PrintWriter out) throws Exception;

  /** Shows {@code answer} as JSON with {@code --json}, else with {@code text}. */
  protected final <T> void show(PrintWriter out, T answer, BiConsumer<PrintWriter, T> text) {
    if (json) {
      Json.print(out, answer);
    } else {
      text.accept(out, answer);
      out.flush();
    }
  }
}
