package org.crosspoint.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The mrz and manifest commands as a script sees them: output, JSON keys, exit codes. */
class BorderCommandsTest {
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Crosspoint.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static final String L1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  static final String L2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

  @Test
  void mrzJsonHasEveryKeyAndExitsZeroEvenWithFailingCheckDigits() throws Exception {
    Run ok = run("mrz", "--json", "--today", "2026-11-23", L1, L2.replace("C36", "C37"));
    assertEquals(0, ok.exit(), ok.err());
    JsonNode j = Json.MAPPER.readTree(ok.out());
    for (String k :
        new String[] {
          "format",
          "document_code",
          "issuing_state",
          "document_number",
          "surname",
          "given_names",
          "nationality",
          "birth_date",
          "expiry_date",
          "sex",
          "optional_data",
          "valid",
          "corrected",
          "errors"
        }) {
      assertTrue(j.has(k), k);
    }
    assertEquals("TD3", j.get("format").asText());
    assertEquals("1974-08-12", j.get("birth_date").asText());
    assertEquals(false, j.get("valid").asBoolean());
    boolean numberError = false;
    for (JsonNode e : j.get("errors")) {
      numberError |= e.get("field").asText().equals("document_number");
    }
    assertTrue(numberError, j.get("errors").toString());
  }

  @Test
  void mrzThatCannotBeReadExitsTwoWithOneLine() {
    Run bad = run("mrz", L1, L2.substring(1));
    assertEquals(2, bad.exit());
    assertEquals("error: MRZ line 2 has 43 characters; TD3 needs 44", bad.err().strip());
  }

  @Test
  void mrzLinesInOneArgumentWithNewlines() {
    Run ok = run("mrz", "--today", "2026-11-23", L1 + "\n" + L2);
    assertEquals(0, ok.exit(), ok.err());
    assertTrue(ok.out().contains("ERIKSSON"), ok.out());
  }

  @Test
  void generatedManifestReadsBackWhole(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("m.edi");
    Run gen =
        run(
            "manifest",
            "generate",
            "--count",
            "300",
            "--format",
            "paxlst",
            "--out",
            file.toString(),
            "--seed",
            "5",
            "--today",
            "2026-11-23");
    assertEquals(0, gen.exit(), gen.err());
    Run read =
        run("manifest", "read", "--json", "--summary", "--today", "2026-11-23", file.toString());
    assertEquals(0, read.exit(), read.err());
    JsonNode j = Json.MAPPER.readTree(read.out());
    assertEquals(300, j.get("passengers").asInt());
    assertEquals(300, j.get("declared").asInt());
    assertEquals(0, j.get("error_count").asInt());
  }
}
