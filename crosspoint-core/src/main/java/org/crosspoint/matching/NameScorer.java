package org.crosspoint.matching;

import java.util.ArrayList;
import java.util.List;
import org.crosspoint.names.NameModel.Role;

/**
 * Name-to-name score: aligns the parts of two names across order changes and gaps, then weighs what
 * met, what is missing and what contradicts.
 *
 * <p>Implementation notes.
 *
 * <ol>
 *   <li>Alignment is greedy on token similarity (best pair first, one-to-one, pairs below {@link
 *       #MIN_PAIR} ignored): names have few parts, and the greedy choice equals the optimal
 *       assignment for all but contrived cases.
 *   <li>A matched pair contributes {@code similarity × weight}, weight being the mean rarity of the
 *       two parts ({@link PartRarity}).
 *   <li>Unmatched parts on both sides are <em>contradictions</em> (paired heaviest first): they
 *       count in full against the score. Unmatched parts on one side only are <em>omissions</em>: a
 *       list's long nasab chain or a passport's extra middle name is normal, so an omission counts
 *       {@link #OMIT} of its weight, a nasab part {@link #OMIT_NASAB}.
 *   <li>Roles: a part that is a given name on one side and a forefather's name (after bin/ibn) on
 *       the other is a different person ("Salman bin Muhammad" vs "Muhammad bin Salman"): that pair
 *       counts only {@link #ROLE_CONFLICT} of its similarity. Parts met in a different order
 *       otherwise (given and family swapped) cost {@link #INVERSION} each, so the written order
 *       still ranks first.
 *   <li>An initial ("M.") meets a word with its letter only when nothing better is left, and only
 *       when its own side has no whole word unmatched; it then counts as a part left out that
 *       agrees on its letter, never as a contradiction.
 *   <li>A pair met below a sure variant is replaced by the joined form when the other side writes
 *       the name as two words and the joined form is closer ("Gholamreza" / "Gholam Reza").
 *   <li>1.0 only for identical normalised parts in identical order; anything else is capped at
 *       0.995, so scores rank.
 * </ol>
 */
final class NameScorer {
  static final double MIN_PAIR = 0.62;
  static final double OMIT = 0.35;
  static final double OMIT_QUERY = 0.35;
  static final double GIVEN_DISPLACED = 0.6;
  static final double OMIT_NASAB = 0.12;

  /**
   * Omissions when every part of one name met a part of the other (at least two parts): a short
   * alias of a long name ("Lina al-Kinayeh" / "Lina Mohammed Nazir al-Kinayeh") leaves parts out
   * but contradicts nothing. Only when the parts that met weigh at least {@link
   * #CONTAINED_EVIDENCE} (about two uncommon parts): two common parts ("Muhammad Atif") inside a
   * traveller's longer name are no such evidence. Measured on the dev pairs (F1 0.808 → 0.845) and
   * the generated innocents (false alerts with data unchanged at 0.18%; 0.48% without the evidence
   * floor).
   */
  static final double CONTAINED_EVIDENCE = 1.5;

  /**
   * The lower evidence floor when every part left out lies inside its name, neither its first nor
   * its last part: a middle or father's name left out ("Lina al-Kinayeh" / "Lina Mohammed Nazir
   * al-Kinayeh") is how aliases and passports shorten a name, while a family name left out
   * ("Muhammad Atif" inside "Muhammad Atif Mughal") is another family.
   */
  static final double CONTAINED_EVIDENCE_INNER = 1.2;

  static final double OMIT_CONTAINED = 0.12;

  /**
   * A given name displaced ({@link #givenDisplaced}) only inside a name of at least this many
   * parts: "Saddam Hussein al-Tikriti" (own, father's and family name) inside "Uday Saddam Hussein
   * al-Tikriti" is the father, but a given name and a family name alone ("Sultani Makenga" /
   * "Emmanuel Sultani Makenga", "Miguel Dominguez" / "Jose Miguel Dominguez Ramirez") are how a
   * person with two given names goes by the second one: there is no chain of forefathers to read.
   */
  static final int DISPLACED_MIN_PARTS = 3;

  /**
   * The family (last) part differing when at least {@link #CHAIN_MIN} parts met in written order
   * and nothing else is unmatched counts this share of a contradiction: own, father's and
   * grandfather's names agreeing ("Walid Talib Zughayr") while lists record the family as tribe in
   * one entry and town or clan in another ("al-Rawi" / "al-Hashimi"). Brothers differ in the first
   * part, not the last, and stay contradicted.
   */
  static final double CHAIN_FAMILY = 0.35;

  static final int CHAIN_MIN = 3;
  static final double ROLE_CONFLICT = 0.4;
  static final double INVERSION = 0.06;

  /** Token similarity between query part i and listed part j. */
  interface Sims {
    double sim(int i, int j);

    /** The arrays a scoring may reuse: the index's per-thread ones, or new ones. */
    default Work work() {
      return new Work();
    }
  }

  /**
   * The small arrays one scoring needs, kept by length and reused by the next scoring on the same
   * thread. The scorer runs for every name a screen scores (about 48 per traveller), and on the
   * quick compiler one-shot commands use (no escape analysis) its arrays were 40% of the bytes
   * {@code screen --batch} allocated (JFR, 2026-11-23). Lengths stay exact, so the code reads
   * {@code qTo.length} as before; names longer than {@link #KEPT} parts get new arrays.
   */
  static final class Work {
    static final int KEPT = 12;
    private final int[][] qTo = new int[KEPT + 1][];
    private final int[][] cTo = new int[KEPT + 1][];
    private final int[][] qUnmatched = new int[KEPT + 1][];
    private final int[][] cUnmatched = new int[KEPT + 1][];
    private final int[][] lis = new int[KEPT + 1][];
    private final double[][] sims = new double[KEPT * KEPT + 1][];
    final double[] acc = new double[2];

    private static int[] of(int[][] kept, int n) {
      if (n > KEPT) {
        return new int[n];
      }
      int[] a = kept[n];
      return a != null ? a : (kept[n] = new int[n]);
    }

    double[] sims(int n, int m) {
      int k = n * m;
      if (n > KEPT || m > KEPT) {
        return new double[k];
      }
      double[] a = sims[k];
      return a != null ? a : (sims[k] = new double[k]);
    }
  }

  private NameScorer() {}

  static Sims direct(EncodedName q, EncodedName c) {
    return (i, j) -> TokenSimilarity.similarity(q.word[i], c.word[j]);
  }

  /** Score only; no allocation beyond the small alignment arrays. */
  static double score(EncodedName q, EncodedName c, Sims sims) {
    return run(q, c, sims, null, null);
  }

  static double explain(
      EncodedName q, EncodedName c, Sims sims, List<Explanation.PartEvidence> out) {
    return run(q, c, sims, out, null);
  }

  /**
   * The evidence of what met: the sum, over the parts that met (one-to-one, joined or as an
   * initial), of their credit times their rarity weight. About 0.3 for "Muhammad" alone, 1.15 for
   * "Muhammad Atif", 1.8 for two uncommon parts. Aligns the names again: call it only for the few
   * candidates whose alert depends on it ({@link PersonEvidence#COMMON_NAME_EVIDENCE}).
   */
  static double metEvidence(EncodedName q, EncodedName c, Sims sims) {
    double[] met = {0};
    run(q, c, sims, null, met);
    return met[0];
  }

  private static double run(
      EncodedName q, EncodedName c, Sims sims, List<Explanation.PartEvidence> out, double[] met) {
    int n = q.size();
    int m = c.size();
    if (n == 0 || m == 0) {
      return 0.0;
    }
    Work work = sims.work();
    double[] s = work.sims(n, m);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double v = sims.sim(i, j);
        // the two rules below read the parts' text only when their shapes allow (this loop runs
        // for every pair of every name a screen scores)
        long qs = q.shape[i];
        long cs = c.shape[j];
        if (v < TokenSimilarity.GLUED_ARTICLE
            && ((EncodedName.articleApart(qs) && EncodedName.gluedFrom(cs) > 0)
                || (EncodedName.articleApart(cs) && EncodedName.gluedFrom(qs) > 0))) {
          v = Math.max(v, Math.max(gluedArticle(q, i, c, j), gluedArticle(c, j, q, i)));
        }
        if (v < SHORT_FORM
            && (q.role[i] == Role.GIVEN || c.role[j] == Role.GIVEN)
            && EncodedName.mayBeShortForm(qs, cs)) {
          v = Math.max(v, shortForm(q.text[i], c.text[j]));
        }
        if (v > 0.0
            && v < ORIGIN_VARIANT
            && EncodedName.nameOfOrigin(qs) != EncodedName.nameOfOrigin(cs)
            && TokenSimilarity.typo(q.word[i], c.word[j]) == 0.0) {
          // a name of origin and a word that is none meet only as a close spelling or a typing
          // slip of one another: "Mohmand" (a Pashtun tribe) is not "Mohammad" at 0.82
          v = 0.0;
        }
        s[i * m + j] = v;
      }
    }
    int[] qTo = Work.of(work.qTo, n);
    int[] cTo = Work.of(work.cTo, m);
    java.util.Arrays.fill(qTo, -1);
    java.util.Arrays.fill(cTo, -1);
    int pairs = 0;
    while (true) {
      double best = MIN_PAIR;
      int bi = -1;
      int bj = -1;
      int ii = -1;
      int ij = -1;
      for (int i = 0; i < n; i++) {
        if (qTo[i] >= 0) {
          continue;
        }
        for (int j = 0; j < m; j++) {
          if (cTo[j] >= 0) {
            continue;
          }
          // ties go to the pair with compatible roles, then to the pair in the same position
          double v = s[i * m + j] + (q.role[i] == c.role[j] ? 1e-4 : 0) - Math.abs(i - j) * 1e-6;
          if (v > best) {
            best = v;
            bi = i;
            bj = j;
          } else if (ii < 0
              && isInitial(q, i, c, j, s[i * m + j])
              && !(q.text[i].length() == 1 ? hasUnmatchedWord(q, qTo) : hasUnmatchedWord(c, cTo))) {
            ii = i;
            ij = j;
          }
        }
      }
      if (bi < 0) {
        if (ii < 0) {
          break;
        }
        bi = ii;
        bj = ij;
      }
      qTo[bi] = bj;
      cTo[bj] = bi;
      pairs++;
    }
    double num = 0;
    double den = 0;
    boolean identical = n == m;
    if (pairs < n || pairs < m) {
      double[] acc = work.acc;
      acc[0] = 0;
      acc[1] = 0;
      if (rejoin(q, c, qTo, cTo, s, m, false, acc, out)
              + rejoin(c, q, cTo, qTo, s, m, true, acc, out)
          > 0) {
        num = acc[0];
        den = acc[1];
        identical = false;
      }
    }
    if (pairs < n && c.titleWord.length > 0) {
      misspeltTitles(q, c, qTo, out, false);
    }
    if (pairs < m && q.titleWord.length > 0) {
      misspeltTitles(c, q, cTo, out, true);
    }
    boolean displaced = false;
    for (int i = 0; i < n; i++) {
      int j = qTo[i];
      if (j < 0 || j == JOINED) {
        identical = false;
        continue;
      }
      double sim = s[i * m + j];
      double w = (q.weight[i] + c.weight[j]) / 2;
      if (isInitial(q, i, c, j, sim)) {
        // an initial that agrees is a part written short: counted as left out, earning its
        // similarity, so it costs less than leaving the part out and far less than a contradiction
        num += sim * OMIT * w;
        den += OMIT * w;
        identical = false;
        if (out != null) {
          out.add(
              new Explanation.PartEvidence(
                  q.source[i], c.source[j], "initial", Explanation.round(sim)));
        }
        continue;
      }
      boolean conflict = roleConflict(q.role[i], c.role[j]);
      double credit =
          (Math.max(q.text[i].length(), c.text[j].length()) >= LONG_WORD
                  ? longCredit(sim)
                  : credit(sim))
              * (conflict ? ROLE_CONFLICT : 1.0);
      if (!conflict && givenDisplaced(q, i, c, j, qTo, cTo)) {
        credit *= GIVEN_DISPLACED;
        if (out != null) {
          displaced = true;
        }
      }
      num += credit * w;
      den += w;
      if (j != i || sim < 1.0) {
        identical = false;
      }
      if (out != null) {
        String how = how(q, i, c, j, sim);
        if (displaced) {
          how += ", but a given name meets a later part while the other given name is missing";
          displaced = false;
        }
        if (conflict) {
          how +=
              ", but "
                  + roleName(q.role[i])
                  + " in the query and "
                  + roleName(c.role[j])
                  + " in the listed name";
        }
        out.add(
            new Explanation.PartEvidence(q.source[i], c.source[j], how, Explanation.round(sim)));
      }
    }
    // A name written as one word on one side and two on the other ("Walijan" / "Wali Jan").
    if (pairs < n && pairs < m) {
      double[] acc = work.acc;
      acc[0] = num;
      acc[1] = den;
      pairs += joinAdjacent(q, c, qTo, cTo, acc, out, false);
      if (pairs < n && pairs < m) {
        pairs += joinAdjacent(c, q, cTo, qTo, acc, out, true);
      }
      num = acc[0];
      den = acc[1];
      if (pairs < n + m) {
        identical = false;
      }
    }
    if (met != null) {
      met[0] = num;
    }
    // unmatched: contradictions (both sides) then omissions
    // a married surname ("de Cabello") last: left out, never a contradiction
    int mq = marriedName(q, qTo);
    int mc = marriedName(c, cTo);
    int uq = mq >= 0 ? -1 : 0;
    int um = mc >= 0 ? -1 : 0;
    for (int v : qTo) {
      if (v < 0) {
        uq++;
      }
    }
    for (int v : cTo) {
      if (v < 0) {
        um++;
      }
    }
    int contradictions = Math.min(uq, um);
    boolean familyOnly =
        uq == 1
            && um == 1
            && mq < 0
            && mc < 0
            && pairs >= CHAIN_MIN
            && qTo[n - 1] < 0
            && cTo[m - 1] < 0
            && movedParts(qTo, Work.of(work.lis, n)) == 0;
    boolean contained =
        contradictions == 0
            && pairs >= 2
            && (den >= CONTAINED_EVIDENCE
                || (den >= CONTAINED_EVIDENCE_INNER
                    && (pairs >= 3 || (onlyInnerLeftOut(qTo) && onlyInnerLeftOut(cTo)))));
    double omit = contained ? OMIT_CONTAINED : OMIT;
    double omitQuery = contained ? OMIT_CONTAINED : OMIT_QUERY;
    int[] qu = unmatchedByWeight(qTo, q.weight, mq, work.qUnmatched);
    int[] cu = unmatchedByWeight(cTo, c.weight, mc, work.cUnmatched);
    for (int k = 0; k < qu.length; k++) {
      int i = qu[k];
      if (k < contradictions) {
        int j = cu[k];
        den += (q.weight[i] + c.weight[j]) / 2 * (familyOnly ? CHAIN_FAMILY : 1.0);
        if (out != null) {
          out.add(
              new Explanation.PartEvidence(
                  q.source[i],
                  c.source[j],
                  familyOnly
                      ? "contradicts, but only the family name differs after "
                          + pairs
                          + " parts met in order"
                      : "contradicts",
                  0.0));
        }
      } else {
        den += q.weight[i] * (cheapToLeaveOut(q, i) ? Math.min(OMIT_NASAB, omitQuery) : omitQuery);
        if (out != null) {
          out.add(new Explanation.PartEvidence(q.source[i], "", "not in listed name", 0.0));
        }
      }
    }
    for (int k = contradictions; k < cu.length; k++) {
      int j = cu[k];
      den += c.weight[j] * (cheapToLeaveOut(c, j) ? Math.min(OMIT_NASAB, omit) : omit);
      if (out != null) {
        out.add(new Explanation.PartEvidence("", c.source[j], "not in query", 0.0));
      }
    }
    if (mq >= 0) {
      den += q.weight[mq] * omitQuery;
      if (out != null) {
        out.add(
            new Explanation.PartEvidence(
                q.source[mq], "", "married name, not in listed name", 0.0));
      }
    }
    if (mc >= 0) {
      den += c.weight[mc] * omit;
      if (out != null) {
        out.add(new Explanation.PartEvidence("", c.source[mc], "married name, not in query", 0.0));
      }
    }
    if (den <= 0) {
      return 0.0;
    }
    double score = num / den;
    // Parts met out of written order: how many parts must move (matched parts minus the longest
    // run in order), so a rotation ("Amdouni Meherez ...") costs one move, not three swaps.
    int moved = movedParts(qTo, Work.of(work.lis, n));
    if (moved > 0) {
      score *= 1.0 - INVERSION * Math.min(moved, 2);
      if (out != null) {
        out.add(
            new Explanation.PartEvidence(
                "", "", "parts in a different order (" + moved + " moved)", 0.0));
      }
    }
    if (!identical) {
      score = Math.min(score, 0.995);
    }
    return score;
  }

  static int movedParts(int[] qTo) {
    return movedParts(qTo, new int[qTo.length]);
  }

  private static int movedParts(int[] qTo, int[] lis) {
    int n = qTo.length;
    int matched = 0;
    int best = 0;
    for (int i = 0; i < n; i++) {
      if (qTo[i] < 0 || qTo[i] == JOINED) {
        continue;
      }
      matched++;
      lis[i] = 1;
      for (int k = 0; k < i; k++) {
        if (qTo[k] >= 0 && qTo[k] != JOINED && qTo[k] < qTo[i] && lis[k] + 1 > lis[i]) {
          lis[i] = lis[k] + 1;
        }
      }
      best = Math.max(best, lis[i]);
    }
    return matched - best;
  }

  /**
   * Whether a name has a whole word (not an initial) still unmatched: then an initial on that side
   * does not stand for the other side's word, that word contradicts the unmatched one ("Leila N."
   * is not "Nadim").
   */
  private static boolean hasUnmatchedWord(EncodedName x, int[] xTo) {
    for (int k = 0; k < xTo.length; k++) {
      if (xTo[k] < 0 && x.text[k].length() > 1) {
        return true;
      }
    }
    return false;
  }

  /** An initial meeting a word with its letter ("H." / "Hamd"): paired only when nothing better. */
  private static boolean isInitial(EncodedName q, int i, EncodedName c, int j, double sim) {
    return sim == TokenSimilarity.INITIAL && (q.text[i].length() == 1 || c.text[j].length() == 1);
  }

  /**
   * Credit for a matched pair: the similarity itself from 0.9 up (romanisation variants), falling
   * twice as fast below (two different consonants in a short word are not the same name).
   */
  /**
   * Words of this many letters or more (the longer of the two) earn {@link #longCredit}: a long
   * word keeps a romanisation's two or three differing letters inside a similarity of 0.7-0.9 (Thai
   * "Pichayos" / "Thichaiyot", an original-script name romanised with its vowels spelled out,
   * "Ishakzai" / "asahaqazai"), where in a short word they make another name ("Sajid" / "Said").
   * Measured on the dev pairs: 8 letters brought three innocents and name-only alerts 5.0% -> 5.3%,
   * 10 one innocent for the same dev F1.
   */
  static final int LONG_WORD = 10;

  /** As {@link #credit}, falling half as fast again below 0.9. */
  static double longCredit(double sim) {
    return sim >= 0.9 ? sim : Math.max(0.0, sim - 0.5 * (0.9 - sim));
  }

  static double credit(double sim) {
    return sim >= 0.9 ? sim : Math.max(0.0, sim - (0.9 - sim));
  }

  /** Joined pairs use this marker in the alignment arrays: matched, but not to a single part. */
  static final int JOINED = Integer.MAX_VALUE;

  /**
   * Parts of {@code x} left unmatched that are a misspelling of a title the other name set aside
   * ("Hafiez", "Haij", "Mualawi", "Sheckh" where the other name has Hafiz, Haji, Maulawi, Sheikh;
   * similarity at least {@link #TITLE_SLIP}) are that title: marked {@link #JOINED}, so they count
   * neither as left out nor as a contradiction.
   */
  private static void misspeltTitles(
      EncodedName x, EncodedName y, int[] xTo, List<Explanation.PartEvidence> out, boolean listed) {
    for (int i = 0; i < x.size(); i++) {
      if (xTo[i] >= 0) {
        continue;
      }
      for (int t = 0; t < y.titleWord.length; t++) {
        double sim = TokenSimilarity.similarity(x.word[i], y.titleWord[t]);
        if (sim >= TITLE_SLIP) {
          xTo[i] = JOINED;
          if (out != null) {
            out.add(
                new Explanation.PartEvidence(
                    listed ? y.titles.get(t) : x.source[i],
                    listed ? x.source[i] : y.titles.get(t),
                    "title, set aside",
                    Explanation.round(sim)));
          }
          break;
        }
      }
    }
  }

  static final double TITLE_SLIP = 0.8;

  /**
   * Matches an unmatched part of {@code b} against two adjacent unmatched parts of {@code a}
   * written together; returns how many alignments were added (counted as one pair each).
   */
  private static int joinAdjacent(
      EncodedName a,
      EncodedName b,
      int[] aTo,
      int[] bTo,
      double[] acc,
      List<Explanation.PartEvidence> out,
      boolean swapped) {
    int added = 0;
    for (int j = 0; j < b.size(); j++) {
      if (bTo[j] >= 0) {
        continue;
      }
      for (int i = 0; i + 1 < a.size(); i++) {
        if (aTo[i] >= 0 || aTo[i + 1] >= 0) {
          continue;
        }
        // cheap checks before the joined word is built: this runs for candidates of every screen
        if (!EncodedName.mayJoin(a.shape[i], a.shape[i + 1], b.shape[j])) {
          continue;
        }
        double sim =
            TokenSimilarity.similarity(PhoneticWord.of(a.text[i] + a.text[i + 1]), b.word[j]);
        if (sim >= JOIN_MIN) {
          double w = ((a.weight[i] + a.weight[i + 1]) / 2 + b.weight[j]) / 2;
          acc[0] += credit(sim) * w;
          acc[1] += w;
          aTo[i] = JOINED;
          aTo[i + 1] = JOINED;
          bTo[j] = JOINED;
          added++;
          if (out != null) {
            String two = a.source[i] + " " + a.source[i + 1];
            out.add(
                new Explanation.PartEvidence(
                    swapped ? b.source[j] : two,
                    swapped ? two : b.source[j],
                    "written as one word",
                    Explanation.round(sim)));
          }
          break;
        }
      }
    }
    return added;
  }

  /**
   * A part of {@code x} met one half of a name that {@code y} writes as two words ("Gholamreza" met
   * "Gholam", "Reza" left over): when the two halves joined are closer to it than the half alone
   * (at least {@link #JOIN_MIN}), the joined form replaces the pair. Returns the number of pairs
   * replaced; {@code acc} receives their credit and weight. {@code s} is the query × listed
   * similarity matrix ({@code m} columns); {@code swapped} when {@code x} is the listed name.
   */
  private static int rejoin(
      EncodedName x,
      EncodedName y,
      int[] xTo,
      int[] yTo,
      double[] s,
      int m,
      boolean swapped,
      double[] acc,
      List<Explanation.PartEvidence> out) {
    int replaced = 0;
    for (int i = 0; i < x.size(); i++) {
      int j = xTo[i];
      if (j < 0 || j == JOINED) {
        continue;
      }
      double sim = swapped ? s[j * m + i] : s[i * m + j];
      if (sim >= 0.9) {
        continue;
      }
      for (int k = j - 1; k <= j + 1; k += 2) {
        if (k < 0 || k >= y.size() || yTo[k] >= 0) {
          continue;
        }
        int lo = Math.min(j, k);
        // cheap checks first: this runs for candidates of every screen
        if (!EncodedName.mayJoin(y.shape[lo], y.shape[lo + 1], x.shape[i])) {
          continue;
        }
        double joinedSim =
            TokenSimilarity.similarity(PhoneticWord.of(y.text[lo] + y.text[lo + 1]), x.word[i]);
        if (joinedSim < JOIN_MIN || joinedSim <= sim) {
          continue;
        }
        double w = ((y.weight[lo] + y.weight[lo + 1]) / 2 + x.weight[i]) / 2;
        acc[0] += credit(joinedSim) * w;
        acc[1] += w;
        xTo[i] = JOINED;
        yTo[lo] = JOINED;
        yTo[lo + 1] = JOINED;
        replaced++;
        if (out != null) {
          String two = y.source[lo] + " " + y.source[lo + 1];
          out.add(
              new Explanation.PartEvidence(
                  swapped ? two : x.source[i],
                  swapped ? x.source[i] : two,
                  "written as one word",
                  Explanation.round(joinedSim)));
        }
        break;
      }
    }
    return replaced;
  }

  static final double JOIN_MIN = 0.85;

  /**
   * The index of a Spanish married surname left unmatched, or -1: the last part of a name of three
   * parts or more, written "de" and one word ("Marleny Josefina Contreras de Cabello"). A married
   * woman adds "de" and her husband's surname, often in place of her mother's surname, so the name
   * she was listed under before or after marriage lacks it: it is left out, never a contradiction
   * (and the mother's surname it replaced, then unmatched on the other side, is left out too). "de
   * la Cruz", "del Rosario" are surnames of their own.
   */
  private static int marriedName(EncodedName x, int[] xTo) {
    int k = x.size() - 1;
    if (k < 2 || xTo[k] >= 0) {
      return -1;
    }
    return EncodedName.marriedForm(x.shape[k]) ? k : -1;
  }

  /** A source written "de" and one word ("de Cabello"): see {@link #marriedName}. */
  static boolean isMarriedForm(String source) {
    return source.length() > 3
        && source.regionMatches(true, 0, "de ", 0, 3)
        && source.indexOf(' ', 3) < 0;
  }

  /**
   * A part whose omission costs as little as a father's name: a nasab part, a patronymic, or a
   * Pashtun tribal name (-zai, -khel: "Achekzai", "Barakzai", "Ahmadzai", "Sulemankhel"), which
   * names a person's tribe as a nisba does and which aliases and documents often leave out ("Abdul
   * Samad Achekzai" / "Abdul Samad"), an honorific after a name ({@link #isHonorific}) or a name of
   * origin ({@link #isNameOfOrigin}).
   */
  private static boolean cheapToLeaveOut(EncodedName x, int k) {
    long shape = x.shape[k];
    return isFathersName(x.role[k])
        || EncodedName.tribal(shape)
        || EncodedName.honorific(shape)
        || EncodedName.nameOfOrigin(shape);
  }

  /**
   * Names of origin: a nisba of a country, city, region or tribe ("al-Masri", the Egyptian;
   * "al-Tikriti", of Tikrit; "Nuristani"; "Baluch"; "al-Dulaymi", of the Dulaym), a laqab added to
   * a person's name that aliases and documents often leave out ("Abu Hafs al-Masri" / "Abu Hafs").
   * Read from the word: Persian and Urdu place endings (-abadi, "Mahabadi", of Mahabad; -stani,
   * "Nuristani") and the common demonyms and tribal names of the Arab world, Afghanistan and
   * Pakistan.
   */
  private static final java.util.Set<String> NAMES_OF_ORIGIN =
      java.util.Set.of(
          "masri",
          "misri",
          "iraqi",
          "suri",
          "shami",
          "libi",
          "yemeni",
          "yamani",
          "tunisi",
          "jazairi",
          "maghribi",
          "sudani",
          "somali",
          "urduni",
          "lubnani",
          "filistini",
          "saudi",
          "kuwaiti",
          "afghani",
          "pakistani",
          "baghdadi",
          "tikriti",
          "mosuli",
          "mawsili",
          "basri",
          "rawi",
          "kubaysi",
          "kubaisi",
          "falluji",
          "dulaymi",
          "dulaimi",
          "juburi",
          "jaburi",
          "janabi",
          "kurdi",
          "turkmani",
          "baluch",
          "baloch",
          "baluchi",
          "balochi",
          "kandahari",
          "qandahari",
          "kabuli",
          "herati",
          "panjshiri",
          "logari",
          "wardak",
          "wardaki",
          "tokhi",
          "hotak",
          "kakar",
          "durrani",
          "zadran",
          "zadrani",
          "shinwari",
          "afridi",
          "mohmand",
          "momand");

  /**
   * Below this a name of origin and a word that is none are different words, not spellings of one
   * ("Mohmand" / "Mohammad" 0.82, "Noorzai" / "Noori"); from it up they are ("Afridi" / "Afreedi").
   */
  static final double ORIGIN_VARIANT = 0.85;

  static boolean isNameOfOrigin(String t) {
    return NAMES_OF_ORIGIN.contains(t)
        || (t.length() >= 8 && (t.endsWith("abadi") || t.endsWith("stani")));
  }

  /**
   * Honorifics that follow a name in Afghanistan, Pakistan and Iran and that aliases and documents
   * often leave out: Khan (a Pashtun and Mughal title), Agha / Aga (master), Akhund (cleric), Sahib
   * (sir): "Abdul Manan Agha" / "Abdul Manan", "Mohammad Aman Akhund" / "Mohammed Aman". Left out
   * as cheaply as a father's name, never set aside: a name that has one keeps it as evidence when
   * the other has it too.
   */
  private static final java.util.Set<String> HONORIFICS =
      java.util.Set.of("khan", "agha", "aga", "akhund", "sahib", "saheb");

  static boolean isHonorific(String t) {
    return HONORIFICS.contains(t);
  }

  static boolean isTribalName(String t) {
    // a name of three letters or more before the ending: "Mikhail" and "Sukhail" end so too
    return (t.length() >= 6 && (t.endsWith("zai") || t.endsWith("zay")))
        || (t.length() >= 7 && t.endsWith("khel"))
        || (t.length() >= 8 && t.endsWith("khail"));
  }

  /**
   * A part written with its article apart ("al-Kurd", "AL-AGHA", "bin al-Shibh") against a word
   * with that article glued on ("ALKURD", "ALAGHA", "BINALSHIBH"): the glued word without it is
   * compared, at most {@link TokenSimilarity#GLUED_ARTICLE}. The token similarity takes a glued
   * article off only a word of seven letters or more ("Albert", "Elvira" start so too); here the
   * other name writes the article itself, so a short name ("Kurd", "Agha", "Usta") is safe. 0 when
   * the parts are not of that shape.
   */
  static double gluedArticle(EncodedName x, int i, EncodedName y, int j) {
    int from = EncodedName.gluedFrom(y.shape[j]);
    if (from == 0 || !EncodedName.articleApart(x.shape[i])) {
      return 0.0;
    }
    return TokenSimilarity.GLUED_ARTICLE
        * TokenSimilarity.similarity(PhoneticWord.of(y.text[j].substring(from)), x.word[i]);
  }

  /**
   * A given name and its short form, the first syllables of it ("Kakhaber" / "Kakha", "Kudakwashe"
   * / "Kuda", "Parlindungan" / "Parlin"): at least four letters, at least three left over, and what
   * is left over not an ending that makes another name of its own (a patronymic or a Slavic,
   * Persian or Pashto family ending: "Hasan" / "Hasanova", "Ahmad" / "Ahmadzai", "Kamal" /
   * "Kamaluddin"). Only when one of the two is a given name: family names are built from words that
   * are names too ("Kara" / "Karayilan").
   */
  static final double SHORT_FORM = 0.85;

  private static final java.util.Set<String> NAME_ENDINGS =
      java.util.Set.of(
          "ova", "eva", "ovich", "evich", "ovna", "evna", "yevich", "ievich", "yevna", "ievna",
          "zai", "zay", "zada", "zadeh", "zadah", "khel", "khail", "ullah", "ulla", "uddin", "udin",
          "uddeen", "eddin", "eddine", "aldin", "pour", "nejad", "ian", "yan", "iyan", "ovic",
          "evic", "enko", "chuk", "son", "sen", "ani", "oglu", "ogli", "ovski", "evski", "ski",
          "sky", "ska", "ovska");

  /** {@link #SHORT_FORM} when one word is a short form of the other, else 0. */
  static double shortForm(String a, String b) {
    String s = a.length() <= b.length() ? a : b;
    String l = a.length() <= b.length() ? b : a;
    if (s.length() < 4 || l.length() - s.length() < 3 || !l.startsWith(s)) {
      return 0.0;
    }
    return NAME_ENDINGS.contains(l.substring(s.length())) ? 0.0 : SHORT_FORM;
  }

  /** Whether every unmatched part of a name is neither its first nor its last part. */
  private static boolean onlyInnerLeftOut(int[] to) {
    return to[0] >= 0 && to[to.length - 1] >= 0;
  }

  /**
   * Indices of unmatched parts but {@code skip}, heaviest first (insertion sort: names have a
   * handful of parts).
   */
  private static int[] unmatchedByWeight(int[] to, double[] weight, int skip, int[][] kept) {
    int count = 0;
    for (int i = 0; i < to.length; i++) {
      if (to[i] < 0 && i != skip) {
        count++;
      }
    }
    int[] r = Work.of(kept, count);
    int k = 0;
    for (int i = 0; i < to.length; i++) {
      if (to[i] < 0 && i != skip) {
        int p = k++;
        while (p > 0 && weight[r[p - 1]] < weight[i]) {
          r[p] = r[p - 1];
          p--;
        }
        r[p] = i;
      }
    }
    return r;
  }

  /**
   * Arabic names without "bin" still run given name, father, grandfather: "Saddam Hussein
   * al-Tikriti" is not "Uday Saddam Hussein al-Tikriti". A given name that meets a later part of
   * the other name, whose own given name (a non-trivial one) is left unmatched, is displaced; only
   * when its own name has {@link #DISPLACED_MIN_PARTS} parts.
   */
  private static boolean givenDisplaced(
      EncodedName q, int i, EncodedName c, int j, int[] qTo, int[] cTo) {
    if (q.role[i] == Role.GIVEN && c.role[j] != Role.GIVEN) {
      int g = indexOf(c.role, Role.GIVEN);
      return g >= 0
          && cTo[g] < 0
          && c.weight[g] >= 0.5
          && unmatchedEverywhere(cTo, g)
          && q.size() >= DISPLACED_MIN_PARTS;
    }
    if (c.role[j] == Role.GIVEN && q.role[i] != Role.GIVEN) {
      int g = indexOf(q.role, Role.GIVEN);
      return g >= 0
          && qTo[g] < 0
          && q.weight[g] >= 0.5
          && unmatchedEverywhere(qTo, g)
          && c.size() >= DISPLACED_MIN_PARTS;
    }
    return false;
  }

  private static boolean unmatchedEverywhere(int[] to, int g) {
    return to[g] < 0;
  }

  private static int indexOf(Role[] roles, Role r) {
    for (int k = 0; k < roles.length; k++) {
      if (roles[k] == r) {
        return k;
      }
    }
    return -1;
  }

  /** A nasab part or a patronymic: lists carry them, passports and aliases often leave them out. */
  private static boolean isFathersName(Role r) {
    return r == Role.NASAB || r == Role.PATRONYMIC;
  }

  static boolean roleConflict(Role a, Role b) {
    return (a == Role.GIVEN && b == Role.NASAB) || (a == Role.NASAB && b == Role.GIVEN);
  }

  private static String roleName(Role r) {
    return switch (r) {
      case GIVEN -> "own given name";
      case NASAB -> "a father's name (bin/ibn)";
      case PATRONYMIC -> "a patronymic";
      case KUNYA -> "a kunya (abu/umm)";
      case NISBA -> "a family name or nisba (al-)";
      case OTHER -> "another part";
    };
  }

  private static String how(EncodedName q, int i, EncodedName c, int j, double sim) {
    if (sim >= 1.0) {
      return q.source[i].equals(c.source[j]) ? "exact" : "exact after normalisation";
    }
    if (sim >= 0.85) {
      return "transliteration variant";
    }
    if (sim >= 0.6 && (q.text[i].length() == 1 || c.text[j].length() == 1)) {
      return "initial";
    }
    return "spelling variant";
  }

  static List<Explanation.PartEvidence> newEvidence() {
    return new ArrayList<>();
  }
}
