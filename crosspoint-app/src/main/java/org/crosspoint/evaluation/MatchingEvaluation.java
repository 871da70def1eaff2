package org.crosspoint.evaluation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.matching.Candidate;
import org.crosspoint.matching.MatchIndex;
import org.crosspoint.matching.NameMatcher;
import org.crosspoint.matching.Query;
import org.crosspoint.names.NameNormalizer;
import org.crosspoint.names.Scripts;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;
import org.crosspoint.watchlist.NameKind;
import org.crosspoint.watchlist.SubjectType;

/**
 * The figures of issue 3, computed on ../shared/data. Every figure names its split: where upstream
 * made train/dev splits they are used as given (tuning looked only at train and dev; upstream test
 * halves are held out); for the lists, entries are split in two by a stable hash of their id, "dev"
 * (tuned on) and "test" (reported, not tuned on).
 */
public final class MatchingEvaluation {
  private final List<Entry> un;
  private final List<Entry> ofac;
  private final Path data;
  private final PrintWriter out;
  private final NameMatcher matcher = NameMatcher.standard();
  private final double threshold = matcher.defaultThreshold();

  public MatchingEvaluation(List<Entry> un, List<Entry> ofac, Path data, PrintWriter out) {
    this.un = un;
    this.ofac = ofac;
    this.data = data;
    this.out = out;
  }

  /** "dev" or "test" by a stable hash of the entry id (String.hashCode is specified by the JLS). */
  static String split(String entryId) {
    return Math.floorMod(entryId.hashCode() * 31 + 17, 2) == 0 ? "dev" : "test";
  }

  private List<Entry> all() {
    List<Entry> a = new ArrayList<>(un);
    a.addAll(ofac);
    return a;
  }

  // ---------------------------------------------------------------- transliteration

  public void translit() {
    out.println("== Arabic script -> Latin, token pairs (score = NameMatcher on the single word)");
    translitFile("wikidata-translit-arabic/wd_arabic_64", "train", true);
    translitFile("wikidata-translit-arabic/wd_arabic_16", "dev", true);
    translitFile("google-translit-ar2en/ar2en-train.txt", "train", false);
    translitFile("google-translit-ar2en/ar2en-eval.txt", "dev", false);
    out.flush();
  }

  private void translitFile(String file, String split, boolean wikidata) {
    List<String[]> pairs = new ArrayList<>();
    for (String line : lines(data.resolve(file))) {
      String[] f = line.split("\t");
      if (f.length < 2) {
        continue;
      }
      if (wikidata) {
        pairs.add(new String[] {f[1].replace(" ", ""), f[0]});
      } else {
        pairs.add(new String[] {f[0], f[1]});
      }
    }
    Random r = new Random(42);
    int n = Math.min(pairs.size(), 3000);
    Collections2.shuffle(pairs, r);
    int atThreshold = 0;
    int first = 0;
    double sumScore = 0;
    for (int i = 0; i < n; i++) {
      String[] p = pairs.get(i);
      double s = matcher.score(p[0], p[1]);
      sumScore += s;
      if (s >= threshold) {
        atThreshold++;
      }
      // rank among 19 other Latin names of the same file
      boolean best = true;
      for (int k = 0; k < 19 && best; k++) {
        String[] o = pairs.get(r.nextInt(pairs.size()));
        if (!o[1].equals(p[1]) && matcher.score(p[0], o[1]) >= s) {
          best = false;
        }
      }
      if (best) {
        first++;
      }
    }
    out.printf(
        Locale.ROOT,
        "%-42s %-5s n=%5d  mean score %.3f  score>=%.2f %5.1f%%  own form first among 20: %5.1f%%%n",
        file,
        split,
        n,
        sumScore / n,
        threshold,
        100.0 * atThreshold / n,
        100.0 * first / n);
  }

  // ---------------------------------------------------------------- cross-script

  public void crossScript() {
    out.println("== Cross-script: UN indexed WITHOUT original-script names, queried with them");
    List<Entry> stripped = new ArrayList<>();
    List<String[]> queries = new ArrayList<>();
    for (Entry e : un) {
      List<EntryName> latin = new ArrayList<>();
      for (EntryName n : e.names()) {
        if (n.kind() == NameKind.ORIGINAL_SCRIPT) {
          queries.add(new String[] {n.full(), e.id(), e.type().name()});
        } else {
          latin.add(n);
        }
      }
      stripped.add(latin.isEmpty() ? e : withNames(e, latin));
    }
    MatchIndex index = MatchIndex.build(stripped);
    for (String split : List.of("dev", "test")) {
      int n = 0;
      int first = 0;
      int top5 = 0;
      int alert = 0;
      int arabic = 0;
      int arabicFirst = 0;
      int persons = 0;
      int personsFirst = 0;
      for (String[] q : queries) {
        if (!split(q[1]).equals(split)) {
          continue;
        }
        n++;
        List<Candidate> c = index.screen(Query.ofName(q[0]), 5);
        int rank = rank(c, q[1]);
        boolean isArabic = "Arab".equals(Scripts.dominant(q[0]));
        if (isArabic) {
          arabic++;
        }
        boolean person = q[2].equals("PERSON");
        if (person) {
          persons++;
        }
        if (rank == 1) {
          first++;
          if (person) {
            personsFirst++;
          }
          if (isArabic) {
            arabicFirst++;
          }
          if (c.get(0).alert()) {
            alert++;
          }
        }
        if (rank >= 1) {
          top5++;
        }
        if (rank != 1 && split.equals("dev") && errorCap(0) > 0) {
          out.println(
              "   dev miss: "
                  + q[0]
                  + " (own entry "
                  + q[1]
                  + ", rank "
                  + rank
                  + ") first: "
                  + (c.isEmpty() ? "none" : c.get(0).matchedName().full()));
        }
      }
      out.printf(
          Locale.ROOT,
          "UN original-script names, %-4s n=%d: own entry first %.1f%% (persons: %d/%d = %.1f%%; Arabic script: %d/%d = %.1f%%), in top 5 %.1f%%, first and alerting %.1f%%%n",
          split,
          n,
          pct(first, n),
          personsFirst,
          persons,
          pct(personsFirst, persons),
          arabicFirst,
          arabic,
          pct(arabicFirst, arabic),
          pct(top5, n),
          pct(alert, n));
    }
    // watchman's published cross-script pairs: Arabic rows
    int ok = 0;
    int rows = 0;
    for (String line : lines(data.resolve("watchman-cross-script-pairs/cross_script_pairs.csv"))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split(",");
      rows++;
      double s = matcher.score(f[0], f[1]);
      boolean pass = s >= Double.parseDouble(f[2]);
      if (pass) {
        ok++;
      }
      out.printf(
          Locale.ROOT,
          "  watchman pair %-18s ~ %-20s %.3f (min %s) %s%n",
          f[0],
          f[1],
          s,
          f[2],
          pass ? "ok" : "BELOW");
    }
    out.printf(
        Locale.ROOT, "watchman cross-script pairs at or above their minimum: %d/%d%n", ok, rows);
    // rigour's 80 spellings of one person across scripts and languages (titles included)
    Path putin = data.resolve("rigour-name-samples/putin_names.txt");
    if (Files.isRegularFile(putin)) {
      int matched = 0;
      int spellings = 0;
      for (String line : lines(putin)) {
        if (line.isBlank()) {
          continue;
        }
        spellings++;
        if (matcher.compare("Vladimir Vladimirovich Putin", line.strip()).match()) {
          matched++;
        } else {
          out.printf(Locale.ROOT, "  putin spelling not matched: %s%n", line.strip());
        }
      }
      out.printf(
          Locale.ROOT,
          "rigour spellings of Vladimir Putin matching at the default threshold: %d/%d%n",
          matched,
          spellings);
    }
    out.flush();
  }

  private static Entry withNames(Entry e, List<EntryName> names) {
    return new Entry(
        e.id(),
        e.listId(),
        e.externalId(),
        e.type(),
        names,
        e.birthDates(),
        e.birthPlaces(),
        e.nationalities(),
        e.gender(),
        e.documents(),
        e.addresses(),
        e.affiliations(),
        e.reason(),
        e.legalBasis(),
        e.sourceReference(),
        e.listedOn(),
        e.reviewBy(),
        e.status());
  }

  private static int rank(List<Candidate> c, String entryId) {
    for (int i = 0; i < c.size(); i++) {
      if (c.get(i).entry().id().equals(entryId)) {
        return i + 1;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- leave-one-out

  public void leaveOneOut() {
    out.println("== Alias leave-one-out: index all names but one, query with the held-back alias");
    leaveOneOut("UN", un);
    leaveOneOut("OFAC", ofac);
    out.flush();
  }

  private void leaveOneOut(String label, List<Entry> entries) {
    MatchIndex full = MatchIndex.build(entries);
    int[][] counts = new int[2][4]; // [variant|unrelated][n, first, top10, alert]
    for (Entry e : entries) {
      if (e.type() != SubjectType.PERSON) {
        continue;
      }
      List<EntryName> latin = new ArrayList<>();
      for (EntryName n : e.names()) {
        if (n.kind() != NameKind.ORIGINAL_SCRIPT) {
          latin.add(n);
        }
      }
      if (latin.size() < 2) {
        continue;
      }
      for (EntryName held : latin) {
        if (held.kind() == NameKind.PRIMARY) {
          continue;
        }
        List<EntryName> rest = new ArrayList<>(e.names());
        rest.remove(held);
        MatchIndex idx = full.with(withNames(e, rest));
        int cat = isVariant(held.full(), rest) ? 0 : 1;
        List<Candidate> c = idx.screen(Query.ofName(held.full()), 10);
        int rank = rank(c, e.id());
        counts[cat][0]++;
        if (rank == 1) {
          counts[cat][1]++;
        }
        if (rank >= 1) {
          counts[cat][2]++;
          if (c.get(rank - 1).alert()) {
            counts[cat][3]++;
          }
        }
      }
    }
    String[] names = {"spelling variants", "unrelated names (noms de guerre)"};
    for (int k = 0; k < 2; k++) {
      int[] c = counts[k];
      out.printf(
          Locale.ROOT,
          "%-4s %-34s n=%5d  own entry first %5.1f%%  in top 10 %5.1f%%  alert on own entry %5.1f%%%n",
          label,
          names[k],
          c[0],
          pct(c[1], c[0]),
          pct(c[2], c[0]),
          pct(c[3], c[0]));
    }
  }

  /**
   * Independent of the matcher: a held-back alias is a spelling variant when it shares at least a
   * quarter of its letter trigrams with one of the remaining names.
   */
  static boolean isVariant(String name, List<EntryName> others) {
    Set<String> a = trigrams(name);
    for (EntryName o : others) {
      if (o.kind() == NameKind.ORIGINAL_SCRIPT) {
        continue;
      }
      Set<String> b = trigrams(o.full());
      Set<String> inter = new HashSet<>(a);
      inter.retainAll(b);
      Set<String> union = new HashSet<>(a);
      union.addAll(b);
      if (!union.isEmpty() && inter.size() >= 0.25 * union.size()) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> trigrams(String s) {
    String t = " " + String.join(" ", NameNormalizer.standard().normalize(s).tokens()) + " ";
    Set<String> g = new HashSet<>();
    for (int i = 0; i + 3 <= t.length(); i++) {
      g.add(t.substring(i, i + 3));
    }
    return g;
  }

  // ---------------------------------------------------------------- perturbed recall and innocents

  /**
   * A traveller with the listed person's own data: the entry's first date of birth made a full date
   * (a year alone becomes 1 July, as a passport must show some day), its first nationality (else an
   * unknown code), its gender.
   */
  private static Query ownFieldsQuery(String name, Entry e) {
    PartialDate dob = PartialDate.parse("1970-07-01");
    if (!e.birthDates().isEmpty()) {
      PartialDate d = e.birthDates().get(0);
      dob =
          d.day() > 0
              ? new PartialDate(d.year(), d.month(), d.day(), 0, false)
              : new PartialDate(d.year(), d.month() > 0 ? d.month() : 7, 1, 0, false);
    }
    String nationality = e.nationalities().isEmpty() ? "ZZZ" : e.nationalities().get(0);
    return new Query(name, dob, nationality, e.gender(), "");
  }

  public void perturbed(long seed) {
    perturbed(seed, 1);
  }

  /**
   * The perturbed recall for {@code count} seeds from {@code seed}: the full report for the first,
   * the recall of each split for every seed, and their mean. One seed's sample moves when the lists
   * gain or lose a name (every later perturbation shifts), so a figure near a target needs several.
   */
  public void perturbed(long seed, int count) {
    out.println(
        "== Recall of perturbed listed names (UN + OFAC persons, primary and strong aliases)");
    MatchIndex index = MatchIndex.build(all());
    double[] sum = new double[2];
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      // the full report for the first seed; the others only count
      double[] r =
          k == 0
              ? perturbed(seed + k, index, out, true)
              : perturbed(seed + k, index, new PrintWriter(java.io.Writer.nullWriter()), false);
      sum[0] += r[0];
      sum[1] += r[1];
      lines.add(
          String.format(Locale.ROOT, "seed %d: dev %.2f%%, test %.2f%%", seed + k, r[0], r[1]));
    }
    if (count > 1) {
      out.printf(
          Locale.ROOT,
          "over %d seeds (%s): mean dev %.2f%%, mean test %.2f%%%n",
          count,
          String.join("; ", lines),
          sum[0] / count,
          sum[1] / count);
    }
    out.flush();
  }

  /**
   * One seed's report on {@code report}; returns the dev and test recall in percent. Without {@code
   * details} the price line and the split of misses are not computed (they cost two more screens
   * per miss and one per name).
   */
  private double[] perturbed(long seed, MatchIndex index, PrintWriter report, boolean details) {
    double[] recall = new double[2];
    Perturber p = new Perturber(seed);
    Map<String, int[]> byKind = new HashMap<>();
    for (String split : List.of("dev", "test")) {
      int n = 0;
      int found = 0;
      int foundWithFields = 0;
      int lostByFields = 0;
      List<Double> ownAlertScores = new ArrayList<>();
      List<String> misses = new ArrayList<>();
      List<String> blockMisses = new ArrayList<>();
      List<String> indexMisses = new ArrayList<>();
      int notProposed = 0;
      int notProposedDirectHigh = 0;
      int lowInIndex = 0;
      int lowDirect = 0;
      for (Entry e : all()) {
        if (e.type() != SubjectType.PERSON || !split(e.id()).equals(split)) {
          continue;
        }
        for (EntryName name : e.names()) {
          if ((name.kind() != NameKind.PRIMARY && name.kind() != NameKind.ALIAS_STRONG)
              || !"Latn".equals(name.script())
              || NameNormalizer.standard().words(name.full()).size() < 2) {
            continue;
          }
          Perturber.Perturbed q = p.perturb(name.full());
          List<Candidate> c = index.screen(Query.ofName(q.name()), 10, 0.0);
          int rank = rank(c, e.id());
          double own = rank >= 1 && c.get(rank - 1).alert() ? c.get(rank - 1).score() : 0.0;
          ownAlertScores.add(own);
          boolean hit = own >= threshold;
          n++;
          // the same traveller carrying the listed person's own date of birth, nationality and
          // gender (what a passport would show): the price of the corroboration rule, which caps
          // a name of common parts that no field corroborates
          if (details) {
            List<Candidate> withFields = index.screen(ownFieldsQuery(q.name(), e), 10);
            int fieldsRank = rank(withFields, e.id());
            boolean hitWithFields = fieldsRank >= 1 && withFields.get(fieldsRank - 1).alert();
            if (hitWithFields) {
              foundWithFields++;
            } else if (hit) {
              lostByFields++;
            }
          }
          // a miss is either never proposed by the blocking keys, or proposed and scored low;
          // of the latter, the direct score (no index: no blocking gate, built-in rarity) says
          // whether the scorer itself is below the threshold
          boolean blocked = false;
          if (hit) {
            found++;
          } else if (details) {
            blocked = !index.proposedEntryIds(q.name()).contains(e.id());
            double direct = directScore(q.name(), e);
            if (blocked) {
              notProposed++;
              if (direct >= threshold) {
                notProposedDirectHigh++;
              }
            } else if (direct >= threshold) {
              lowInIndex++;
            } else {
              lowDirect++;
            }
            List<String> sample =
                blocked ? blockMisses : direct >= threshold ? indexMisses : misses;
            if (sample.size() < errorCap(12)) {
              sample.add(
                  "\""
                      + name.full()
                      + "\" -> \""
                      + q.name()
                      + "\" ("
                      + q.kinds()
                      + ")"
                      + (rank >= 1
                          ? String.format(Locale.ROOT, " score %.3f", c.get(rank - 1).score())
                          : " not found")
                      + String.format(Locale.ROOT, ", direct %.3f", direct));
            }
          }
          if (split.equals("test")) {
            for (String k : q.kinds().split("\\+")) {
              int[] v = byKind.computeIfAbsent(k, x -> new int[3]);
              v[0]++;
              if (hit) {
                v[1]++;
              }
              if (blocked) {
                v[2]++;
              }
            }
          }
        }
      }
      recall[split.equals("dev") ? 0 : 1] = pct(found, n);
      report.printf(
          Locale.ROOT,
          "%-4s n=%6d  recall at default threshold %.2f: %.2f%%%n",
          split,
          n,
          threshold,
          pct(found, n));
      report.println("     sweep: " + sweep(ownAlertScores, true));
      report.printf(
          Locale.ROOT,
          "     with the listed person's own DOB, nationality and gender: %.2f%%; alerting on the"
              + " name alone but not with them: %d (%.2f%%)%n",
          pct(foundWithFields, n),
          lostByFields,
          pct(lostByFields, n));
      report.printf(
          Locale.ROOT,
          "     misses %d: never proposed by the index (blocking) %d (direct score at or above"
              + " %.2f: %d); proposed, scored below %.2f %d (direct score also below: %d;"
              + " direct score at or above: %d)%n",
          n - found,
          notProposed,
          threshold,
          notProposedDirectHigh,
          threshold,
          lowInIndex + lowDirect,
          lowDirect,
          lowInIndex);
      if (split.equals("dev")) {
        for (String m : blockMisses) {
          report.println("   miss, not proposed: " + m);
        }
        for (String m : indexMisses) {
          report.println("   miss, scored low in the index only: " + m);
        }
        for (String m : misses) {
          report.println("   miss, scored low: " + m);
        }
      }
    }
    byKind.forEach(
        (k, v) ->
            report.printf(
                Locale.ROOT,
                "  test, with %-18s n=%6d recall %.2f%% (misses not proposed: %d)%n",
                k,
                v[0],
                pct(v[1], v[0]),
                v[2]));
    report.flush();
    return recall;
  }

  /** Best direct score (no index) of a query against the entry's names that may alert. */
  private double directScore(String query, Entry e) {
    double best = 0;
    for (EntryName n : e.names()) {
      if (n.kind() != NameKind.ALIAS_WEAK && n.kind() != NameKind.ORIGINAL_SCRIPT) {
        best = Math.max(best, matcher.score(query, n.full()));
      }
    }
    return best;
  }

  public void innocents(int count, long seed) {
    out.printf(
        Locale.ROOT,
        "== False alerts on %,d generated innocent travellers (seed %d)%n",
        count,
        seed);
    MatchIndex index = MatchIndex.build(all());
    Set<String> listed = new HashSet<>();
    for (Entry e : all()) {
      for (EntryName n : e.names()) {
        listed.add(String.join(" ", NameNormalizer.standard().words(n.full())));
      }
    }
    List<InnocentPopulation.Traveller> people = InnocentPopulation.generate(count, seed);
    int nameOnly = 0;
    int withData = 0;
    int homonyms = 0;
    int homonymAlerts = 0;
    Map<String, int[]> byCulture = new HashMap<>();
    List<String> examples = new ArrayList<>();
    List<Double> maxName = new ArrayList<>();
    List<Double> maxData = new ArrayList<>();
    for (InnocentPopulation.Traveller t : people) {
      boolean homonym =
          listed.contains(String.join(" ", NameNormalizer.standard().words(t.name())));
      if (homonym) {
        homonyms++;
      }
      double sa = maxAlertScore(index.screen(Query.ofName(t.name()), 5, 0.0));
      List<Candidate> b =
          index.screen(new Query(t.name(), t.dob(), t.nationality(), t.gender(), ""), 5, 0.0);
      double sb = maxAlertScore(b);
      maxName.add(sa);
      maxData.add(sb);
      boolean alertName = sa >= threshold;
      boolean alertData = sb >= threshold;
      if (alertName) {
        nameOnly++;
      }
      if (alertData) {
        withData++;
        if (homonym) {
          homonymAlerts++;
        }
        if (examples.size() < errorCap(10)) {
          examples.add(
              t.name()
                  + " ("
                  + t.dob()
                  + ", "
                  + t.nationality()
                  + ", "
                  + t.gender()
                  + ") -> "
                  + b.get(0).matchedName().full()
                  + " "
                  + b.get(0).score()
                  + ("all".equals(System.getenv("CROSSPOINT_EVAL_ERRORS"))
                      ? " | " + b.get(0).explanation()
                      : ""));
        }
      }
      int[] v = byCulture.computeIfAbsent(t.culture(), x -> new int[2]);
      v[0]++;
      if (alertData) {
        v[1]++;
      }
    }
    out.printf(
        Locale.ROOT,
        "name only: %d alerts = %.3f%%;  with DOB, nationality, gender: %d alerts = %.3f%% (of which exact homonyms of a listed name: %d; homonyms in population: %d)%n",
        nameOnly,
        pct(nameOnly, count),
        withData,
        pct(withData, count),
        homonymAlerts,
        homonyms);
    out.println("     sweep, name only: " + sweep(maxName, false));
    out.println("     sweep, with data: " + sweep(maxData, false));
    byCulture.forEach(
        (k, v) ->
            out.printf(Locale.ROOT, "  %-16s n=%6d alerts %.3f%%%n", k, v[0], pct(v[1], v[0])));
    for (String e : examples) {
      out.println("   e.g. " + e);
    }
    out.flush();
  }

  // ---------------------------------------------------------------- labelled pairs

  public void pairs() {
    out.println("== Labelled name pairs from UN + OFAC persons");
    List<LabelledPair> pairs = LabelledPair.build(all(), 7);
    for (String split : List.of("dev", "test")) {
      report(split, "all", pairs, split, false);
      report(split, "Arabic-origin", pairs, split, true);
    }
    out.flush();
  }

  private void report(
      String label, String subset, List<LabelledPair> pairs, String split, boolean arabic) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    List<double[]> scored = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    // CROSSPOINT_EVAL_ERRORS=all: every dev error once (under "all", Arabic-origin ones marked),
    // false negatives then false positives, each by score, with the scorer's explanation
    boolean all = errorCap(0) > 0;
    for (LabelledPair p : pairs) {
      if (!p.split().equals(split) || (arabic && !p.arabicOrigin())) {
        continue;
      }
      double s = matcher.score(p.a(), p.b());
      scored.add(new double[] {s, p.positive() ? 1 : 0});
      boolean m = s >= threshold;
      if (m && p.positive()) {
        tp++;
      } else if (m) {
        fp++;
        if (errors.size() < errorCap(6) && split.equals("dev") && !(all && arabic)) {
          errors.add(pairError("FP", s, p, all));
        }
      } else if (p.positive()) {
        fn++;
        if (errors.size() < errorCap(12) && split.equals("dev") && !(all && arabic)) {
          errors.add(pairError("FN", s, p, all));
        }
      } else {
        tn++;
      }
    }
    double max = 0;
    for (double[] s : scored) {
      max = Math.max(max, s[0]);
    }
    int atMax = 0;
    int negAtMax = 0;
    int neg = 0;
    for (double[] s : scored) {
      if (s[1] == 0) {
        neg++;
      }
      if (s[0] == max) {
        atMax++;
        if (s[1] == 0) {
          negAtMax++;
        }
      }
    }
    double prec = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double rec = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
    out.printf(
        Locale.ROOT,
        "%-4s %-13s pairs=%6d (pos %d, neg %d)  P=%.3f R=%.3f F1=%.3f  max score %.3f: non-matching pairs at max %.2f%%, all pairs tied at max %.2f%%%n",
        label,
        subset,
        scored.size(),
        tp + fn,
        fp + tn,
        prec,
        rec,
        f1,
        max,
        pct(negAtMax, neg),
        pct(atMax, scored.size()));
    StringBuilder sw = new StringBuilder("     F1 sweep: ");
    for (int t = 70; t <= 90; t += 2) {
      int a = 0;
      int b = 0;
      int c = 0;
      for (double[] x : scored) {
        boolean m = x[0] >= t / 100.0;
        if (m && x[1] == 1) {
          a++;
        } else if (m) {
          b++;
        } else if (x[1] == 1) {
          c++;
        }
      }
      sw.append(String.format(Locale.ROOT, "%.2f:%.3f ", t / 100.0, 2.0 * a / (2.0 * a + b + c)));
    }
    out.println(sw);
    if (all) {
      // "FN 0.741 ..." / "FP 0.983 ...": false negatives first, highest score first
      errors.sort(
          Comparator.comparing((String e) -> e.substring(0, 2))
              .thenComparing(e -> e.substring(3, 8), Comparator.reverseOrder()));
    }
    for (String e : errors) {
      out.println("   " + e);
    }
  }

  /** One dev error: kind, score, both names; with every error listed, the origin and the parts. */
  private String pairError(String kind, double s, LabelledPair p, boolean all) {
    String line = String.format(Locale.ROOT, "%s %.3f %s | %s", kind, s, p.a(), p.b());
    if (!all) {
      return line;
    }
    return line
        + (p.arabicOrigin() ? "  [Arabic-origin]" : "")
        + "\n        "
        + matcher.compare(p.a(), p.b()).explanation();
  }

  /** CROSSPOINT_EVAL_ERRORS=all lists every dev error (for error analysis), not a sample. */
  private static int errorCap(int sample) {
    return "all".equals(System.getenv("CROSSPOINT_EVAL_ERRORS")) ? Integer.MAX_VALUE : sample;
  }

  // ---------------------------------------------------------------- speed

  /**
   * Single-screen latency (median, p99) and throughput with plain System.nanoTime loops, after a
   * warm-up; with {@code synthetic > 0} the lists are padded with that many generated persons.
   * Quick checks only: the JMH benchmark in crosspoint-bench gives the figures to report.
   */
  public void speed(int synthetic, int queries, long seed) {
    List<Entry> entries = all();
    if (synthetic > 0) {
      entries = new ArrayList<>(entries);
      entries.addAll(SyntheticList.persons(synthetic, seed + 1));
    }
    Runtime rt = Runtime.getRuntime();
    gc();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    MatchIndex index = MatchIndex.build(entries);
    double buildSecs = (System.nanoTime() - t0) / 1e9;
    gc();
    long heapAfter = rt.totalMemory() - rt.freeMemory();
    int names = 0;
    for (Entry e : entries) {
      names += e.names().size();
    }
    out.printf(
        Locale.ROOT,
        "index: %,d entries, %,d names, built in %.2f s; heap in use %,d MB (entries and index; %,d MB before the index)%n",
        index.size(),
        names,
        buildSecs,
        heapAfter >> 20,
        heapBefore >> 20);
    List<Query> qs = speedQueries(queries, seed);
    // warm up on other queries: the index remembers the hits of recent names, and timing names
    // it has just seen would measure that memory, not screening
    for (Query q : speedQueries(queries, seed + 1)) {
      index.screen(q, 10);
    }
    long[] ns = new long[qs.size()];
    // CPU time of this thread too: on a machine shared with other work, wall time measures the
    // neighbours as well
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long all0 = System.nanoTime();
    for (int i = 0; i < qs.size(); i++) {
      long a = System.nanoTime();
      index.screen(qs.get(i), 10);
      ns[i] = System.nanoTime() - a;
    }
    double single = qs.size() / ((System.nanoTime() - all0) / 1e9);
    double cpuPerScreen = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / qs.size();
    Arrays.sort(ns);
    long p0 = System.nanoTime();
    qs.parallelStream().forEach(q -> index.screen(q, 1));
    double parallel = qs.size() / ((System.nanoTime() - p0) / 1e9);
    out.printf(
        Locale.ROOT,
        "single screen over %,d queries (half perturbed listed names, half innocents): median %.3f ms, p99 %.3f ms, max %.3f ms; mean CPU time %.3f ms; %.0f screens/s on one thread, %.0f/s on %d threads%n",
        qs.size(),
        ns[ns.length / 2] / 1e6,
        ns[(int) (ns.length * 0.99)] / 1e6,
        ns[ns.length - 1] / 1e6,
        cpuPerScreen,
        single,
        parallel,
        Runtime.getRuntime().availableProcessors());
    out.flush();
  }

  /** Half perturbed listed person names, half generated innocents with dates and nationalities. */
  public List<Query> speedQueries(int count, long seed) {
    List<Query> qs = new ArrayList<>(count);
    Perturber p = new Perturber(seed);
    List<String> listed = new ArrayList<>();
    for (Entry e : all()) {
      if (e.type() == SubjectType.PERSON) {
        listed.add(e.displayName());
      }
    }
    Random r = new Random(seed);
    List<InnocentPopulation.Traveller> people = InnocentPopulation.generate(count / 2 + 1, seed);
    for (int i = 0; i < count; i++) {
      if (i % 2 == 0 && !listed.isEmpty()) {
        qs.add(Query.ofName(p.perturb(listed.get(r.nextInt(listed.size()))).name()));
      } else {
        InnocentPopulation.Traveller t = people.get(i / 2);
        qs.add(new Query(t.name(), t.dob(), t.nationality(), t.gender(), ""));
      }
    }
    return qs;
  }

  private static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }

  // ---------------------------------------------------------------- helpers

  private static double maxAlertScore(List<Candidate> cs) {
    double m = 0;
    for (Candidate c : cs) {
      if (c.alert()) {
        m = Math.max(m, c.score());
      }
    }
    return m;
  }

  /** Share of scores at or above each threshold from 0.70 to 0.90. */
  static String sweep(List<Double> scores, boolean recall) {
    StringBuilder sb = new StringBuilder();
    for (int t = 70; t <= 90; t += 2) {
      int k = 0;
      for (double s : scores) {
        if (s >= t / 100.0) {
          k++;
        }
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "%.2f:%s ",
              t / 100.0,
              recall
                  ? String.format(Locale.ROOT, "%.2f%%", pct(k, scores.size()))
                  : String.format(Locale.ROOT, "%.3f%%", pct(k, scores.size()))));
    }
    return sb.toString();
  }

  static double pct(int a, int b) {
    return b == 0 ? 0 : 100.0 * a / b;
  }

  private static List<String> lines(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }

  /** Seeded Fisher-Yates, independent of the JDK's Collections.shuffle implementation. */
  static final class Collections2 {
    static <T> void shuffle(List<T> list, Random r) {
      for (int i = list.size() - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        T t = list.get(i);
        list.set(i, list.get(j));
        list.set(j, t);
      }
    }
  }

  static List<String> words(String s) {
    return Arrays.asList(s.split(" "));
  }
}
