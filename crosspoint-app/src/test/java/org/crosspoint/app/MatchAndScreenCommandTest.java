package org.crosspoint.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MatchAndScreenCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  private Run run(String... args) {
    CommandLine cl = Crosspoint.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of(args));
    if (List.of("screen", "lists").contains(args[0])) {
      all.add("--home");
      all.add(tmp.resolve("home").toString());
    }
    int code = cl.execute(all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void matchJsonHasScoreMatchAndExplanation() throws Exception {
    Run r = run("match", "--json", "YOUSAF AL SALAFI", "يوسف السلفي");
    assertEquals(0, r.code(), r.err());
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertTrue(j.get("match").asBoolean());
    assertTrue(j.get("score").asDouble() > 0.9);
    assertTrue(
        j.get("explanation")
            .get("text")
            .asText()
            .toLowerCase(java.util.Locale.ROOT)
            .contains("salafi"));
  }

  @Test
  void matchBatchWritesOneRowPerInputRowInOrder() throws Exception {
    Path in = tmp.resolve("pairs.csv");
    Files.writeString(
        in,
        "id,name1,name2,label\n"
            + "1,Abdul Rahman,Abdulrahman,1\n"
            + "2,\"SALMAN BIN MUHAMMAD AL-RAWI\",MUHAMMAD BIN SALMAN AL-RAWI,0\n"
            + "3,,Yusuf,0\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out.csv");
    Run r = run("match", "--batch", in.toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("name1,name2,score,match", lines.get(0));
    assertEquals(4, lines.size());
    assertTrue(lines.get(1).startsWith("Abdul Rahman,Abdulrahman,1.0000,true"), lines.get(1));
    assertTrue(lines.get(2).endsWith(",false"), lines.get(2));
    assertEquals(",Yusuf,0.0000,false", lines.get(3));
  }

  @Test
  void matchBatchWithoutNameColumnsSaysWhatIsMissing() throws Exception {
    Path in = tmp.resolve("bad.csv");
    Files.writeString(in, "a,b\nx,y\n", StandardCharsets.UTF_8);
    Run r = run("match", "--batch", in.toString(), "--out", tmp.resolve("o.csv").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("bad.csv line 1") && r.err().contains("name1"), r.err());
  }

  @Test
  void screenFindsImportedEntryAndBatchWritesBestMatchPerRow() throws Exception {
    Path un = Path.of(MatchAndScreenCommandTest.class.getResource("/un-small.xml").toURI());
    assertEquals(
        0, run("lists", "import", "--list", "un-sc", "--format", "un-xml", un.toString()).code());
    Run s = run("screen", "--json", "--name", "Aiman Muhammad Rabi al-Zawahiri", "--limit", "3");
    assertEquals(0, s.code(), s.err());
    JsonNode j = Json.MAPPER.readTree(s.out());
    assertTrue(j.size() >= 1, s.out());
    assertEquals("un-sc", j.get(0).get("list").asText());
    assertTrue(j.get(0).get("alert").asBoolean(), s.out());
    Path people = tmp.resolve("people.csv");
    Files.writeString(
        people,
        "full_name,nationality,date_of_birth\n"
            + "\"AL-ZAWAHIRI, Ayman\",Egypt,1951\n"
            + "Maria Garcia,ESP,not a date\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("screened.csv");
    Run b = run("screen", "--batch", people.toString(), "--out", out.toString());
    assertEquals(0, b.code(), b.err());
    assertTrue(b.out().contains("names/s"), b.out());
    assertTrue(b.err().contains("people.csv line 3, date_of_birth"), b.err());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("row,entry_id,list_id,matched_name,score,alert", lines.get(0));
    assertEquals(3, lines.size());
    assertTrue(lines.get(1).startsWith("1,un-sc:"), lines.get(1));
    assertTrue(lines.get(1).endsWith(",true"), lines.get(1));
    assertTrue(lines.get(2).startsWith("2,"), lines.get(2));
  }

  @Test
  void overlongNamesStopABatchWithTheLineAndNothingWritten() throws Exception {
    String huge = "Muhammad Ali ".repeat(100); // 1,300 characters: beyond Query.MAX_NAME_CHARS
    Path people = tmp.resolve("people.csv");
    Files.writeString(
        people, "full_name\nMaria Garcia\n\"" + huge + "\"\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("screened.csv");
    Run b = run("screen", "--batch", people.toString(), "--out", out.toString());
    assertEquals(2, b.code(), b.err());
    assertTrue(b.err().contains("people.csv line 3, full_name is 1300 characters long"), b.err());
    assertTrue(!Files.exists(out), "nothing written");
    Path pairs = tmp.resolve("pairs.csv");
    Files.writeString(pairs, "name1,name2\nAli,\"" + huge + "\"\n", StandardCharsets.UTF_8);
    Run m = run("match", "--batch", pairs.toString(), "--out", tmp.resolve("o.csv").toString());
    assertEquals(2, m.code(), m.err());
    assertTrue(m.err().contains("pairs.csv line 2, name2 is 1300 characters long"), m.err());
    Run one = run("match", "--json", "Ali", huge);
    assertEquals(2, one.code(), one.err());
    assertTrue(one.err().contains("the second name is 1300 characters long"), one.err());
  }
}
