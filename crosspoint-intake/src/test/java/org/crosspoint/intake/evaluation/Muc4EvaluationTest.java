package org.crosspoint.intake.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosspoint.intake.Intake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Muc4EvaluationTest {
  @TempDir Path tmp;

  @Test
  void messagesInTheGritStagingAreScoredPerRole() throws Exception {
    // Two messages written for this test in the staging's three files: one incident, one none.
    Files.writeString(
        tmp.resolve("doc_train"),
        "{\"docid\": \"DEV-MUC3-9001\", \"dateline\": \"SAN SALVADOR, 4 FEB 90 (RADIO)\","
            + " \"text\": \"URBAN GUERRILLAS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT\\nATTACKED"
            + " AN ELECTRIC POWER SUBSTATION IN SAN SALVADOR.\\n\\n   JUDGE RICARDO\\nBOHORQUEZ WAS"
            + " SHOT DEAD BY UNIDENTIFIED GUNMEN.\"}\n"
            + "{\"docid\": \"DEV-MUC3-9002\", \"dateline\": \"LIMA, 5 FEB 90 (EFE)\","
            + " \"text\": \"THE MINISTER OPENED A NEW SCHOOL IN LIMA TODAY.\"}\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        tmp.resolve("keys_train"),
        "%%%\n[\n  [\"message_id\", \"DEV-MUC3-9001\"],\n  [\"message_template\", 1]\n]\n"
            + "%%%\n[\n  [\"message_id\", \"DEV-MUC3-9002\"],\n  [\"message_template\", \"*\"]\n]\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        tmp.resolve("train.json"),
        "{\"docid\": \"DEV-MUC3-9001\", \"doctext\": \"\", \"extracts\": {"
            + "\"PerpInd\": [[[\"urban guerrillas\", 0]], [[\"unidentified gunmen\", 1]]],"
            + " \"PerpOrg\": [[[\"farabundo marti national liberation front\", 2], [\"fmln\", 3]]],"
            + " \"Target\": [[[\"electric power substation\", 4]]],"
            + " \"Victim\": [[[\"ricardo bohorquez\", 5]]], \"Weapon\": []}}\n"
            + "{\"docid\": \"DEV-MUC3-9002\", \"doctext\": \"\", \"extracts\": {\"PerpInd\": [],"
            + " \"PerpOrg\": [], \"Target\": [], \"Victim\": [], \"Weapon\": []}}\n",
        StandardCharsets.UTF_8);
    List<String> errors = new ArrayList<>();
    Map<String, Score> s = Muc4Evaluation.run(tmp, Intake.standard(), errors);
    Score inc = s.get("all/exact/incident");
    assertEquals(1, inc.gold());
    assertEquals(1, inc.found());
    assertEquals(1, inc.predicted(), "no incident in the school opening");
    assertEquals(1, s.get("all/exact/Target").correct());
    assertEquals(1, s.get("all/exact/Victim").correct());
    assertEquals(1, s.get("all/exact/PerpOrg").correct());
    assertEquals(2, s.get("all/overlap/PerpInd").gold());
    assertTrue(s.get("all/overlap/PerpInd").correct() >= 1, s.toString());
  }

  @Test
  void matchingIgnoresCaseArticlesAndAcceptsWholeWordOverlap() {
    assertTrue(Muc4Evaluation.matches("The FMLN", List.of("fmln"), false));
    assertFalse(Muc4Evaluation.matches("guerrillas", List.of("urban guerrillas"), false));
    assertTrue(Muc4Evaluation.matches("guerrillas", List.of("urban guerrillas"), true));
    assertFalse(Muc4Evaluation.matches("guerrilla", List.of("urban guerrillas"), true));
    assertEquals(
        LocalDate.of(1990, 2, 4),
        Muc4Evaluation.published("GUATEMALA CITY, 4 FEB 90 (ACAN-EFE)").orElseThrow());
  }
}
