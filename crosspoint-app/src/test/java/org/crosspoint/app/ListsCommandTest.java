package org.crosspoint.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosspoint.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ListsCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  private Run run(String... args) {
    CommandLine cl = Crosspoint.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--home");
    all.add(tmp.resolve("home").toString());
    int code = cl.execute(all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  private static Path unSmall() throws URISyntaxException {
    return Path.of(ListsCommandTest.class.getResource("/un-small.xml").toURI());
  }

  @Test
  void importThenListsJsonCountsThenReimportIsNoOp() throws Exception {
    Run r = run("lists", "import", "--list", "un-sc", "--format", "un-xml", unSmall().toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("un-sc: 2 added, 0 changed, 0 removed"), r.out());
    assertTrue(r.err().contains("created list un-sc (SANCTIONS)"), r.err());
    JsonNode lists = Json.MAPPER.readTree(run("lists", "--json").out());
    assertEquals(1, lists.size());
    assertEquals("un-sc", lists.get(0).get("id").asText());
    assertEquals(2, lists.get(0).get("entries").asInt());
    assertEquals(1, lists.get(0).get("individuals").asInt());
    assertEquals(1, lists.get(0).get("entities").asInt());
    assertEquals(2, lists.get(0).get("originalScriptNames").asInt());
    Run again =
        run(
            "lists",
            "import",
            "--list",
            "un-sc",
            "--format",
            "un-xml",
            unSmall().toString(),
            "--json");
    JsonNode d = Json.MAPPER.readTree(again.out());
    assertEquals(0, d.get("added").asInt() + d.get("changed").asInt() + d.get("removed").asInt());
  }

  @Test
  void truncatedFileFailsWithOneLineAndChangesNothing() throws Exception {
    run("lists", "import", "--list", "un-sc", "--format", "un-xml", unSmall().toString());
    String full = Files.readString(unSmall(), StandardCharsets.UTF_8);
    Path cut = tmp.resolve("cut.xml");
    Files.writeString(
        cut, full.substring(0, full.indexOf("<ENTITY>") + 40), StandardCharsets.UTF_8);
    Run r = run("lists", "import", "--list", "un-sc", "--format", "un-xml", cut.toString());
    assertEquals(1, r.code());
    String last = r.err().strip().lines().reduce((a, b) -> b).orElse("");
    assertTrue(last.startsWith("error: cut.xml line "), r.err());
    assertTrue(last.contains("ENTITY 6908500"), last);
    try (Store s = Store.open(tmp.resolve("home"))) {
      assertEquals(2, s.registry().entries("un-sc").size());
      assertEquals(2, s.registry().changeCounter(), "list created + first import only");
    }
  }

  @Test
  void exportedCsvImportsBackUnchangedAndStatsCountNationalities() throws Exception {
    run("lists", "import", "--list", "un-sc", "--format", "un-xml", unSmall().toString());
    Path csv = tmp.resolve("un.csv");
    assertEquals(
        0,
        run("lists", "export", "--list", "un-sc", "--format", "csv", "--out", csv.toString())
            .code());
    Run copy =
        run(
            "lists",
            "import",
            "--list",
            "ecl",
            "--format",
            "csv",
            csv.toString(),
            "--kind",
            "EXIT_CONTROL");
    assertEquals(0, copy.code(), copy.err());
    Path csv2 = tmp.resolve("ecl.csv");
    run("lists", "export", "--list", "ecl", "--format", "csv", "--out", csv2.toString());
    assertEquals(Files.readString(csv), Files.readString(csv2));
    Run stats = run("lists", "stats", "ecl");
    assertTrue(
        stats.out().contains("2 entries from 1 countries; 1 with no nationality given"),
        stats.out());
  }

  @Test
  void entriesShowSearchAndHistory() throws Exception {
    run("lists", "import", "--list", "un-sc", "--format", "un-xml", unSmall().toString());
    Run show = run("entries", "show", "un-sc:6908001");
    assertTrue(show.out().contains("ORIGINAL_SCRIPT Arab أيمن محمد ربيع الظواهري"), show.out());
    Run search = run("entries", "search", "zawahari");
    assertTrue(search.out().startsWith("un-sc:6908001"), search.out());
    Run hist = run("entries", "history", "un-sc:6908001", "--json");
    assertEquals(1, Json.MAPPER.readTree(hist.out()).size());
    Run missing = run("entries", "show", "un-sc:nope");
    assertEquals(2, missing.code());
    assertTrue(missing.err().startsWith("error: no entry 'un-sc:nope'"), missing.err());
  }

  @Test
  void initLoadsBundledListsOnceOnly() {
    Run first = run("init");
    assertEquals(0, first.code(), first.err());
    assertTrue(first.err().contains("un-sc: 1003 added"), first.err());
    assertTrue(first.err().contains("ofac-sdn: 8976 added"), first.err());
    Run second = run("init");
    assertTrue(second.out().contains("already has the bundled lists; nothing to do"), second.out());
  }
}
