package org.crosspoint.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubjectGraphCommandTest {
  @TempDir Path tmp;

  @Test
  void relationsBecomeEdgesBetweenKnownNodesWithTheirSentence() throws Exception {
    Path home = tmp.resolve("home");
    Path report = tmp.resolve("r.txt");
    Files.writeString(
        report,
        "June 05, 2016\n\nOtari al-Najadi with his wife Saba Fakhri is staying in Pakistan."
            + " The Islamic Movement of Uzbekistan announced its allegiance to ISIS.\n",
        StandardCharsets.UTF_8);
    assertEquals(
        0, BorderCommandsTest.run("ingest", "--home", home.toString(), report.toString()).exit());
    BorderCommandsTest.Run r =
        BorderCommandsTest.run("subjects", "graph", "--home", home.toString(), "--format", "json");
    assertEquals(0, r.exit(), r.err());
    JsonNode g = Json.MAPPER.readTree(r.out());
    Set<String> nodes = new HashSet<>();
    g.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
    assertTrue(g.get("edges").size() >= 1, r.out());
    boolean wife = false;
    for (JsonNode e : g.get("edges")) {
      assertTrue(nodes.contains(e.get("from").asText()), e.toString());
      assertTrue(nodes.contains(e.get("to").asText()), e.toString());
      assertTrue(!e.get("evidence").asText().isBlank(), e.toString());
      wife |= e.get("relation").asText().equals("wife");
    }
    assertTrue(wife, r.out());
    assertEquals(
        2,
        BorderCommandsTest.run("subjects", "graph", "--home", home.toString(), "--format", "png")
            .exit());
  }
}
