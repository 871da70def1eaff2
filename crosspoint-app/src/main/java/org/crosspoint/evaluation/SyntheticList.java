package org.crosspoint.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;
import org.crosspoint.watchlist.EntryStatus;
import org.crosspoint.watchlist.NameKind;
import org.crosspoint.watchlist.SubjectType;

/**
 * A synthetic watchlist of generated persons for scale tests (1,000,000 names): names from {@link
 * InnocentPopulation} with its own seed, one alias in three, each with a date of birth and a
 * nationality.
 */
public final class SyntheticList {
  private SyntheticList() {}

  public static List<Entry> persons(int names, long seed) {
    List<InnocentPopulation.Traveller> people = InnocentPopulation.generate(names, seed);
    List<Entry> out = new ArrayList<>(names);
    int i = 0;
    int made = 0;
    while (made < names && i < people.size()) {
      InnocentPopulation.Traveller t = people.get(i);
      List<EntryName> ns = new ArrayList<>(2);
      ns.add(EntryName.of(t.name(), NameKind.PRIMARY));
      made++;
      if (i % 3 == 0 && i + 1 < people.size() && made < names) {
        ns.add(EntryName.of(people.get(i + 1).name(), NameKind.ALIAS_STRONG));
        made++;
        i++;
      }
      out.add(
          new Entry(
              "syn:" + i,
              "syn",
              Integer.toString(i),
              SubjectType.PERSON,
              ns,
              List.<PartialDate>of(t.dob()),
              List.of(),
              List.of(t.nationality()),
              t.gender(),
              List.of(),
              List.of(),
              List.of(),
              "",
              "",
              "",
              null,
              null,
              EntryStatus.ACTIVE));
      i++;
    }
    return out;
  }
}
