package org.crosspoint.intake.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.crosspoint.intake.text.Segmenter;
import org.junit.jupiter.api.Test;

class TrainedNameFinderTest {
  private static final String[] GIVEN = {"Zorvan", "Quilla", "Brannoch", "Tesmer", "Oddvar"};
  private static final String[] FAMILY = {"Halvik", "Presk", "Umbrin", "Castellow", "Nyhold"};
  private static final String[] TOWNS = {"Varnholt", "Ossmere", "Kelderby", "Trusk"};

  /** Synthetic sentences: "X Y met officials in Z." with the person and the place marked. */
  private static List<TrainedNameFinder.Annotated> corpus(long seed, int n) {
    Random r = new Random(seed);
    List<TrainedNameFinder.Annotated> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String person = GIVEN[r.nextInt(GIVEN.length)] + " " + FAMILY[r.nextInt(FAMILY.length)];
      String town = TOWNS[r.nextInt(TOWNS.length)];
      String text = String.format(Locale.ROOT, "On Monday %s met officials in %s.", person, town);
      int p = text.indexOf(person);
      int t = text.indexOf(town);
      out.add(
          new TrainedNameFinder.Annotated(
              text,
              List.of(
                  new TrainedNameFinder.Labelled(MentionType.PERSON, p, p + person.length()),
                  new TrainedNameFinder.Labelled(MentionType.PLACE, t, t + town.length()))));
    }
    return out;
  }

  @Test
  void aModelTrainedOnMarkedSentencesFindsThePersonWithExactOffsetsAndSurvivesSerialisation()
      throws Exception {
    TrainedNameFinder model = TrainedNameFinder.train(corpus(7L, 200), 50);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    TrainedNameFinder read = TrainedNameFinder.read(new ByteArrayInputStream(bytes.toByteArray()));
    String text = "On Monday Quilla Nyhold met officials in Trusk.";
    List<Mention> found = read.find(text, Segmenter.sentences(text));
    assertTrue(
        found.stream()
            .anyMatch(
                m ->
                    m.type() == MentionType.PERSON
                        && m.text().equals("Quilla Nyhold")
                        && text.substring(m.start(), m.end()).equals("Quilla Nyhold")),
        found.toString());
    assertEquals("model", found.get(0).attribute("source"));
  }
}
