package org.crosspoint.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosspoint.registry.ImportResult;
import org.crosspoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code crosspoint init}: a ready home with the bundled UN and OFAC lists. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description =
        "Create the data directory, load the bundled UN (un-sc) and OFAC (ofac-sdn) lists into it"
            + " and create the national lists (red-alert, ecl, watch, proscribed); lists already"
            + " there are left alone.")
public final class InitCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @picocli.CommandLine.Option(
      names = "--seeds",
      description = "Also ingest the seed reports (../shared/seeds) into an empty knowledge base.")
  boolean seeds;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = home.openStore()) {
      List<ImportResult> done = DemoLists.loadIfEmpty(store, spec.commandLine().getErr());
      FirstRun.ensureNationalLists(store.registry(), spec.commandLine().getErr());
      if (seeds) {
        FirstRun.ingestSeeds(store, home.dir(), spec.commandLine().getErr());
      }
      String where = store.database().toString();
      out.println(
          done.isEmpty()
              ? "The registry at " + where + " already has the bundled lists; nothing to do."
              : "Loaded " + done.size() + " bundled list(s) into the registry at " + where + ".");
      return 0;
    }
  }
}
