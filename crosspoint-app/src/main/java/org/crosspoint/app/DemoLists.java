package org.crosspoint.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.crosspoint.registry.ImportResult;
import org.crosspoint.store.Store;

/**
 * The UN and OFAC lists bundled in the application (resources/demo-lists, see SOURCE.md there), so
 * a fresh home has real lists to screen against.
 */
public final class DemoLists {
  private static final String DIR = "/demo-lists/";

  private DemoLists() {}

  /**
   * Imports each bundled list ({@code un-sc}, {@code ofac-sdn}) that the registry does not have
   * yet; does nothing for a list already there, so it is safe on every start. Progress goes to
   * {@code progress}. Returns the imports done (empty when nothing was needed).
   */
  public static List<ImportResult> loadIfEmpty(Store store, PrintWriter progress) {
    List<ImportResult> done = new ArrayList<>();
    if (store.registry().list("un-sc").isEmpty()) {
      done.add(load(store, "un-sc", "un-xml", List.of("UN_consolidated.xml"), progress));
    }
    if (store.registry().list("ofac-sdn").isEmpty()) {
      done.add(
          load(
              store,
              "ofac-sdn",
              "ofac-csv",
              List.of("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"),
              progress));
    }
    return done;
  }

  private static ImportResult load(
      Store store, String listId, String format, List<String> files, PrintWriter progress) {
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("crosspoint-demo-");
      for (String f : files) {
        try (InputStream in = DemoLists.class.getResourceAsStream(DIR + f + ".gz")) {
          if (in == null) {
            throw new IllegalStateException(
                "bundled list file " + f + " is missing from the build");
          }
          try (GZIPInputStream gz = new GZIPInputStream(in)) {
            Files.copy(gz, tmp.resolve(f), StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      long t0 = System.nanoTime();
      ImportResult r =
          ListsCommand.importFile(
              store.registry(),
              ListsCommand.newList(listId, null, null, null),
              format,
              tmp.resolve(files.get(0)),
              "crosspoint-init",
              progress);
      progress.println(ListsCommand.delta(r, (System.nanoTime() - t0) / 1e9));
      progress.flush();
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the bundled " + listId + " list", e);
    } finally {
      delete(tmp);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temp directory is harmless
    }
  }
}
