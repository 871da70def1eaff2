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

/** A partner cell gets a well-formed STIX 2.1 bundle whose references all resolve. */
class StixCommandTest {
  @TempDir Path tmp;

  @Test
  void bundleIsStix21WithEveryReferenceResolvedAndIdsStableAcrossExports() throws Exception {
    Path home = tmp.resolve("home");
    Path report = tmp.resolve("report.txt");
    Files.writeString(
        report,
        "June 05, 2016\n\nISLAMABAD: Interior Minister Chaudhry Nisar denied the presence of Daesh"
            + " in Pakistan. Security agencies said that Daesh is recruiting in Karachi.\n",
        StandardCharsets.UTF_8);
    assertEquals(
        0, BorderCommandsTest.run("ingest", "--home", home.toString(), report.toString()).exit());
    BorderCommandsTest.Run first = BorderCommandsTest.run("stix", "--home", home.toString());
    assertEquals(0, first.exit(), first.err());
    JsonNode bundle = Json.MAPPER.readTree(first.out());
    assertEquals("bundle", bundle.get("type").asText());
    Set<String> ids = new HashSet<>();
    bundle.get("objects").forEach(o -> ids.add(o.get("id").asText()));
    boolean report21 = false;
    for (JsonNode o : bundle.get("objects")) {
      assertEquals("2.1", o.get("spec_version").asText(), o.toString());
      assertTrue(o.get("id").asText().startsWith(o.get("type").asText() + "--"), o.toString());
      for (String ref : new String[] {"created_by_ref", "source_ref", "target_ref"}) {
        if (o.has(ref)) {
          assertTrue(ids.contains(o.get(ref).asText()), ref + " dangles in " + o);
        }
      }
      if (o.has("object_refs")) {
        assertTrue(o.get("object_refs").size() > 0, o.toString());
        o.get("object_refs").forEach(r -> assertTrue(ids.contains(r.asText()), "dangling " + r));
      }
      report21 |= o.get("type").asText().equals("report");
    }
    assertTrue(report21, "every report becomes a STIX report");
    JsonNode second =
        Json.MAPPER.readTree(BorderCommandsTest.run("stix", "--home", home.toString()).out());
    Set<String> again = new HashSet<>();
    second.get("objects").forEach(o -> again.add(o.get("id").asText()));
    assertEquals(ids, again, "exporting twice gives the same ids");
  }
}
