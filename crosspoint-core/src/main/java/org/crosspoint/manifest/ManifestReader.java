package org.crosspoint.manifest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads passenger manifests, CSV or UN/EDIFACT PAXLST (told apart by content), streaming: each
 * passenger goes to the consumer as soon as it is read, so a 10,000-traveller manifest never sits
 * in memory and screening can start on the first. Errors do not stop the reading; they are in the
 * summary, each with its place (segment number and tag, or line and column).
 *
 * <p>Character sets: CSV is read as UTF-8. PAXLST is read in the character set its UNB declares
 * (syntax identifier UNOA/UNOB ASCII, UNOC ISO 8859-1, UNOD 8859-2, UNOE 8859-5, UNOF 8859-7,
 * UNOW/UNOY UTF-8), UTF-8 when it does not say.
 */
public final class ManifestReader {
  /** Errors kept in a summary; more are counted only (a hostile file cannot fill memory). */
  public static final int MAX_ERRORS = 1_000;

  private static final Pattern SYNTAX = Pattern.compile("UNB.UNO([A-Z])");

  private ManifestReader() {}

  /**
   * Reads a manifest file.
   *
   * @param today the date two-digit years and ages are placed against
   * @param sink receives each passenger in manifest order
   */
  public static ManifestSummary read(Path file, LocalDate today, Consumer<ManifestPassenger> sink)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, today, sink);
    }
  }

  /** Reads a manifest from a stream (format and character set from its first bytes). */
  public static ManifestSummary read(
      InputStream stream, LocalDate today, Consumer<ManifestPassenger> sink) throws IOException {
    BufferedInputStream in = new BufferedInputStream(stream, 65_536);
    in.mark(1024);
    byte[] head = in.readNBytes(1024);
    in.reset();
    String h = new String(head, StandardCharsets.ISO_8859_1);
    ManifestFormat format = ManifestFormat.sniff(h);
    Charset cs = format == ManifestFormat.PAXLST ? edifactCharset(h) : StandardCharsets.UTF_8;
    return read(new InputStreamReader(in, cs), format, today, sink);
  }

  /** Reads a manifest of a known format from characters. */
  public static ManifestSummary read(
      Reader in, ManifestFormat format, LocalDate today, Consumer<ManifestPassenger> sink)
      throws IOException {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(sink, "sink");
    Problems problems = new Problems();
    return switch (format) {
      case PAXLST -> new PaxlstParser(in, today, sink, problems).run();
      case CSV -> new CsvManifestParser(in, today, sink, problems).run();
    };
  }

  static Charset edifactCharset(String head) {
    Matcher m = SYNTAX.matcher(head);
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    return switch (m.group(1)) {
      case "A", "B" -> StandardCharsets.US_ASCII;
      case "C" -> StandardCharsets.ISO_8859_1;
      case "D" -> Charset.forName("ISO-8859-2");
      case "E" -> Charset.forName("ISO-8859-5");
      case "F" -> Charset.forName("ISO-8859-7");
      default -> StandardCharsets.UTF_8;
    };
  }
}
