package org.crosspoint.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.crosspoint.rules.RuleBook;

/**
 * The document and route rules in force for a home: {@code HOME/rules.yaml} when it exists, else
 * the rules shipped with Crosspoint. While serving, the file is watched: a changed file replaces
 * the rules when it reads without error; a file with an error is rejected with its line, and the
 * old rules stay in force.
 */
final class Rules {
  static final String FILE = "rules.yaml";

  private Rules() {}

  static RuleBook load(Path home, PrintWriter err) {
    Path file = home.resolve(FILE);
    try {
      RuleBook book = RulesCommand.defaultRules();
      if (Files.exists(file)) {
        RuleBook.Reload r = book.reload(file);
        err.println(
            r.accepted()
                ? "crosspoint: " + r.count() + " rules from " + file
                : "crosspoint: " + file + " REJECTED, shipped rules in force: " + r.error());
      }
      return book;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped rules", e);
    }
  }

  /** Polls {@code HOME/rules.yaml} every two seconds and reloads it when it changed. */
  static ScheduledExecutorService watch(RuleBook book, Path home, PrintWriter err) {
    Path file = home.resolve(FILE);
    AtomicReference<FileTime> seen = new AtomicReference<>(modified(file));
    ScheduledExecutorService s =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "crosspoint-rules-watch");
              t.setDaemon(true);
              return t;
            });
    s.scheduleWithFixedDelay(
        () -> {
          FileTime now = modified(file);
          if (now != null && !now.equals(seen.get())) {
            seen.set(now);
            RuleBook.Reload r = book.reload(file);
            err.println(
                r.accepted()
                    ? "crosspoint: rules reloaded, " + r.count() + " rules from " + file
                    : "crosspoint: "
                        + file
                        + " REJECTED, previous rules stay in force: "
                        + r.error());
          }
        },
        2,
        2,
        TimeUnit.SECONDS);
    return s;
  }

  private static FileTime modified(Path file) {
    try {
      return Files.exists(file) ? Files.getLastModifiedTime(file) : null;
    } catch (IOException e) {
      return null;
    }
  }
}
