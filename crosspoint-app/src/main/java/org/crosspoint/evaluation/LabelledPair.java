package org.crosspoint.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.crosspoint.names.NameNormalizer;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;
import org.crosspoint.watchlist.NameKind;
import org.crosspoint.watchlist.SubjectType;

/**
 * Labelled name pairs built from the lists. Positives: a person's primary name with each of its
 * original-script names and with each alias that is a spelling variant (the trigram test of {@link
 * MatchingEvaluation#isVariant}, independent of the matcher; unrelated noms de guerre are left out
 * and reported by leave-one-out instead). Hard negatives: a person's primary name with up to two
 * names of other persons on the same list that share a word with it. The split follows the first
 * name's entry.
 */
record LabelledPair(String a, String b, boolean positive, boolean arabicOrigin, String split) {

  private static final Set<String> ARAB_NATIONALITIES =
      Set.of(
          "AFG", "PAK", "IRQ", "SYR", "SAU", "YEM", "JOR", "LBN", "EGY", "LBY", "TUN", "DZA", "MAR",
          "SDN", "SOM", "KWT", "QAT", "ARE", "BHR", "OMN", "PSE", "IRN", "MRT");
  private static final Set<String> ARAB_MARKERS =
      Set.of("al", "el", "bin", "ibn", "abu", "abd", "abdul", "abdel", "bint", "umm", "ould");

  static List<LabelledPair> build(List<Entry> entries, long seed) {
    List<LabelledPair> out = new ArrayList<>();
    Map<String, List<Integer>> byWord = new HashMap<>();
    List<Entry> persons = new ArrayList<>();
    for (Entry e : entries) {
      if (e.type() == SubjectType.PERSON) {
        persons.add(e);
      }
    }
    NameNormalizer norm = NameNormalizer.standard();
    for (int i = 0; i < persons.size(); i++) {
      for (String w : norm.normalize(persons.get(i).displayName()).tokens()) {
        if (w.length() >= 3 && !ARAB_MARKERS.contains(w)) {
          byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        }
      }
    }
    Random r = new Random(seed);
    for (int i = 0; i < persons.size(); i++) {
      Entry e = persons.get(i);
      String primary = e.displayName();
      String split = MatchingEvaluation.split(e.id());
      boolean arabic = arabic(e);
      for (EntryName n : e.names()) {
        if (n.full().equals(primary)) {
          continue;
        }
        if (n.kind() == NameKind.ORIGINAL_SCRIPT
            || MatchingEvaluation.isVariant(
                n.full(), List.of(EntryName.of(primary, NameKind.PRIMARY)))) {
          out.add(
              new LabelledPair(
                  primary, n.full(), true, arabic || "Arab".equals(n.script()), split));
        }
      }
      List<String> words = norm.normalize(primary).tokens();
      int negatives = 0;
      for (int tries = 0; tries < 6 && negatives < 2 && !words.isEmpty(); tries++) {
        List<Integer> same = byWord.get(words.get(r.nextInt(words.size())));
        if (same == null || same.size() < 2) {
          continue;
        }
        Entry o = persons.get(same.get(r.nextInt(same.size())));
        // the same person is often on both lists: negatives only within one list
        if (o.id().equals(e.id()) || !o.listId().equals(e.listId())) {
          continue;
        }
        List<EntryName> on = o.names();
        EntryName other = on.get(r.nextInt(on.size()));
        out.add(new LabelledPair(primary, other.full(), false, arabic || arabic(o), split));
        negatives++;
      }
    }
    return out;
  }

  static boolean arabic(Entry e) {
    for (String n : e.nationalities()) {
      if (ARAB_NATIONALITIES.contains(n)) {
        return true;
      }
    }
    for (EntryName n : e.names()) {
      if ("Arab".equals(n.script())) {
        return true;
      }
      for (String w : NameNormalizer.standard().normalize(n.full()).tokens()) {
        if (ARAB_MARKERS.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }
}
