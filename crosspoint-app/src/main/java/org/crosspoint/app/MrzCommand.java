package org.crosspoint.app;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosspoint.mrz.Mrz;
import org.crosspoint.mrz.MrzCorrection;
import org.crosspoint.mrz.MrzError;
import org.crosspoint.mrz.MrzParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosspoint mrz LINE...}: reads a passport's machine-readable zone. */
@Command(
    name = "mrz",
    mixinStandardHelpOptions = true,
    description = {
      "Read an ICAO 9303 machine-readable zone (TD1, TD2, TD3, MRV-A, MRV-B): every field, every"
          + " check digit, OCR confusions corrected only where a check digit confirms them.",
      "Give the lines as separate arguments, or one argument with line breaks, or - to read"
          + " them from standard input (raw OCR text is accepted there: spaces inside lines and"
          + " junk lines are dropped).",
      "Exit 0 when the lines read as an MRZ (even with failing check digits), 2 when they"
          + " cannot."
    },
    footer = {
      "",
      "Example:",
      "  crosspoint mrz --json 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<'"
          + " 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'"
    })
public final class MrzCommand implements Callable<Integer> {
  @Parameters(paramLabel = "LINE", arity = "1..*", description = "The MRZ lines, or - for stdin.")
  List<String> lines;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description = "The date two-digit years are resolved against (default: today, UTC).")
  LocalDate today;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    LocalDate on = today != null ? today : LocalDate.now(ZoneOffset.UTC);
    Mrz m;
    if (lines.size() == 1 && lines.get(0).equals("-")) {
      m = MrzParser.parseText(readStdin(), on);
    } else if (lines.size() == 1 && lines.get(0).contains("\n")) {
      m = MrzParser.parseText(lines.get(0), on);
    } else {
      m = MrzParser.parse(lines, on);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, m.toJsonFields());
    } else {
      print(out, m);
    }
    return 0;
  }

  private static String readStdin() throws IOException {
    // Bounded: an MRZ is at most 90 characters; the parser refuses text over its own limit.
    char[] buf = new char[20_001];
    int n = 0;
    try (Reader r = new InputStreamReader(System.in, StandardCharsets.UTF_8)) {
      int k;
      while (n < buf.length && (k = r.read(buf, n, buf.length - n)) > 0) {
        n += k;
      }
    }
    return new String(buf, 0, n);
  }

  private static void print(PrintWriter out, Mrz m) {
    out.printf(Locale.ROOT, "%-16s %s%n", "format", m.format().label());
    out.printf(Locale.ROOT, "%-16s %s%n", "document code", m.documentCode());
    out.printf(Locale.ROOT, "%-16s %s%n", "issuing state", m.issuingState());
    out.printf(Locale.ROOT, "%-16s %s%n", "document number", m.documentNumber());
    out.printf(Locale.ROOT, "%-16s %s%n", "surname", m.surname());
    out.printf(Locale.ROOT, "%-16s %s%n", "given names", m.givenNames());
    out.printf(Locale.ROOT, "%-16s %s%n", "nationality", m.nationality());
    out.printf(
        Locale.ROOT,
        "%-16s %s%n",
        "birth date",
        m.birthDatePartial() == null ? "unknown" : m.birthDatePartial().toString());
    out.printf(
        Locale.ROOT,
        "%-16s %s%n",
        "expiry date",
        m.expiryDate() == null ? "unknown" : m.expiryDate());
    out.printf(Locale.ROOT, "%-16s %s%n", "sex", m.sex());
    if (!m.optionalData().isEmpty()) {
      out.printf(Locale.ROOT, "%-16s %s%n", "optional data", m.optionalData());
    }
    if (!m.optionalData2().isEmpty()) {
      out.printf(Locale.ROOT, "%-16s %s%n", "optional data 2", m.optionalData2());
    }
    out.printf(
        Locale.ROOT,
        "%-16s %s%n",
        "check digits",
        m.valid() ? "all hold" : "NOT ALL HOLD (see errors)");
    for (MrzCorrection c : m.corrected()) {
      out.printf(
          Locale.ROOT,
          "corrected        %s: line %d position %d '%s' -> '%s' (%s)%n",
          c.field(),
          c.line(),
          c.position(),
          c.from(),
          c.to(),
          c.confirmedBy());
    }
    for (MrzError e : m.errors()) {
      out.printf(Locale.ROOT, "error            %s: %s%n", e.field(), e.message());
    }
    out.flush();
  }
}
