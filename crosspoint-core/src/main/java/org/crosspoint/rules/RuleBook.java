package org.crosspoint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.crosspoint.screening.Encounter;
import org.crosspoint.screening.RuleOutcome;

/**
 * The document and route rules in force (mission S3), reloadable while screening runs. A reload
 * that fails leaves the rules in force untouched; screening threads always see one whole rule set
 * (an {@link AtomicReference} swap). Thread-safe.
 */
public final class RuleBook {

  /** The rules in force and where they came from. */
  public record Snapshot(List<Rule> rules, String source, Instant loadedAt) {
    public Snapshot {
      rules = List.copyOf(rules);
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(loadedAt, "loadedAt");
    }
  }

  /**
   * The result of a reload.
   *
   * @param accepted whether the new file is now in force
   * @param count the number of rules now in force
   * @param error why the file was rejected, with its line ("rules.yaml:12: unknown condition
   *     'nationalty' ..."), or empty when accepted
   */
  public record Reload(boolean accepted, int count, String error) {}

  private final AtomicReference<Snapshot> current;

  private RuleBook(Snapshot first) {
    this.current = new AtomicReference<>(first);
  }

  /** A rule book with no rules. */
  public static RuleBook empty() {
    return new RuleBook(new Snapshot(List.of(), "(none)", Instant.EPOCH));
  }

  /**
   * Reads a rule file.
   *
   * @throws RuleFileException when the file has an error (the message gives file and line)
   * @throws IOException when it cannot be read
   */
  public static RuleBook load(Path file) throws IOException {
    return new RuleBook(snapshot(read(file), file.toString()));
  }

  /**
   * Reads rules from text, e.g. a classpath resource.
   *
   * @throws RuleFileException when the text has an error
   */
  public static RuleBook of(String yaml, String source) {
    return new RuleBook(snapshot(yaml, source));
  }

  /** Reads rules from a classpath resource, e.g. {@code /rules/default-rules.yaml}. */
  public static RuleBook fromResource(Class<?> anchor, String resource) throws IOException {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no resource " + resource);
      }
      byte[] bytes = in.readNBytes(RuleFile.MAX_CHARS * 4 + 1);
      return of(new String(bytes, StandardCharsets.UTF_8), resource);
    }
  }

  private static String read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > RuleFile.MAX_CHARS * 4L) {
      throw new RuleFileException(file.toString(), 0, "the file has " + size + " bytes; too big");
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static Snapshot snapshot(String yaml, String source) {
    return new Snapshot(RuleFile.parse(yaml, source), source, Instant.now());
  }

  /** Replaces the rules with the file's, unless the file has an error. */
  public Reload reload(Path file) {
    try {
      return install(snapshot(read(file), file.toString()));
    } catch (RuleFileException e) {
      return new Reload(false, rules().size(), e.getMessage());
    } catch (IOException e) {
      return new Reload(false, rules().size(), file + ": cannot be read: " + e.getMessage());
    }
  }

  /** Replaces the rules with those of the text, unless it has an error. */
  public Reload reload(String yaml, String source) {
    try {
      return install(snapshot(yaml, source));
    } catch (RuleFileException e) {
      return new Reload(false, rules().size(), e.getMessage());
    }
  }

  private Reload install(Snapshot s) {
    current.set(s);
    return new Reload(true, s.rules().size(), "");
  }

  /** The rules in force, in file order. */
  public List<Rule> rules() {
    return current.get().rules();
  }

  /** The rules in force with their source and load time. */
  public Snapshot snapshot() {
    return current.get();
  }

  /** The outcomes of every rule that applies to the encounter, in file order. */
  public List<RuleOutcome> evaluate(Encounter e) {
    List<RuleOutcome> out = new ArrayList<>();
    for (Rule r : current.get().rules()) {
      if (r.appliesTo(e)) {
        out.add(r.outcome());
      }
    }
    return out;
  }
}
