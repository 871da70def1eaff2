package org.crosspoint.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryStatus;

/**
 * The candidate index over every name and alias of every active entry: normalised, parsed and keyed
 * once when built, searched by blocking keys so that screening never scans every name.
 *
 * <p>Immutable: {@link #with} and {@link #without} return a new index and leave this one as it was,
 * so a screening that runs while the lists change sees one consistent snapshot; the owner swaps
 * snapshots through an {@code AtomicReference}. Changes go into a small delta segment over the
 * large base (replaced or removed base entries are hidden), and the base is rebuilt when the delta
 * passes a tenth of it, so an update costs time in proportion to the changes, not the list.
 * Thread-safe.
 */
public final class MatchIndex {
  /**
   * Names scored in full per segment, at most: the best by the estimate of retrieval (similarity of
   * the words met, weighed). 96 before retrieval weighed words by their real similarity; 48 now:
   * perturbed test recall 95.42% → 95.36%, screening CPU time about two thirds (docs).
   */
  static final int MAX_SCORED = 48;

  /**
   * A part whose words reach more names than this only adds weight to names other parts found
   * (unless no part found any): on 1,000,000 names a 64th of the names was 15,000 and the traversal
   * of such parts took most of the time of a screen.
   */
  static final int BIG_POSTING = 4096;

  /** A name must hold this share of the query's part weight in shared keys to be scored. */
  static final double MIN_KEY_SHARE = 0.3;

  private final IndexSegment base;
  private final boolean[] hidden;
  private final IndexSegment delta;
  private final PartRarity rarity;
  private final int size;

  /**
   * Name hits of recent query names. The name part of screening depends only on the name and this
   * immutable snapshot, so a name seen again (a family on one manifest, the many "Muhammad Khan" at
   * a border) reuses its hits; the fields (DOB, nationality, ...) are still weighed per query.
   * Cleared when full rather than evicted one by one: bounded memory without bookkeeping.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, NameHits> recent =
      new java.util.concurrent.ConcurrentHashMap<>();

  static final int RECENT_NAMES = 4096;

  private record NameHits(EncodedName qn, List<Hit> hits) {}

  private MatchIndex(IndexSegment base, boolean[] hidden, IndexSegment delta, PartRarity rarity) {
    this.base = base;
    this.hidden = hidden;
    this.delta = delta;
    this.rarity = rarity;
    int live = delta.entries.length;
    for (boolean h : hidden) {
      if (!h) {
        live++;
      }
    }
    this.size = live;
  }

  /** Indexes the active entries; others are ignored. */
  public static MatchIndex build(Collection<Entry> entries) {
    List<Entry> active = new ArrayList<>(entries.size());
    Map<String, Entry> byId = new LinkedHashMap<>();
    for (Entry e : entries) {
      if (e.status() == EntryStatus.ACTIVE) {
        byId.put(e.id(), e);
      }
    }
    active.addAll(byId.values());
    IndexSegment base = IndexSegment.build(active, null);
    return new MatchIndex(base, new boolean[base.entries.length], IndexSegment.EMPTY, base.rarity);
  }

  /** This index with the entry added, or replaced when its id is indexed already. */
  public MatchIndex with(Entry changedOrNew) {
    Objects.requireNonNull(changedOrNew, "entry");
    return change(
        changedOrNew.id(), changedOrNew.status() == EntryStatus.ACTIVE ? changedOrNew : null);
  }

  /** This index without the entry (unchanged when it is not indexed). */
  public MatchIndex without(String entryId) {
    return change(entryId, null);
  }

  private MatchIndex change(String id, Entry replacement) {
    boolean[] h = hidden;
    Integer bi = base.entryIndex.get(id);
    if (bi != null && !hidden[bi]) {
      h = hidden.clone();
      h[bi] = true;
    }
    List<Entry> d = new ArrayList<>(delta.entries.length + 1);
    for (Entry e : delta.entries) {
      if (!e.id().equals(id)) {
        d.add(e);
      }
    }
    if (replacement != null) {
      d.add(replacement);
    }
    if (d.size() > Math.max(1000, base.entries.length / 10)) {
      return build(allLive(h, d));
    }
    return new MatchIndex(base, h, IndexSegment.build(d, rarity), rarity);
  }

  private List<Entry> allLive(boolean[] h, List<Entry> d) {
    List<Entry> all = new ArrayList<>(base.entries.length + d.size());
    for (int i = 0; i < base.entries.length; i++) {
      if (!h[i]) {
        all.add(base.entries[i]);
      }
    }
    all.addAll(d);
    return all;
  }

  /** Number of entries indexed. */
  public int size() {
    return size;
  }

  /** Every entry indexed, base then changes. */
  public List<Entry> entries() {
    return allLive(hidden, Arrays.asList(delta.entries));
  }

  /**
   * The best entries for a query, best first, one candidate per entry, at most {@code limit}.
   * Candidates below half the default threshold are not returned.
   */
  public List<Candidate> screen(Query q, int limit) {
    return screen(q, limit, NameMatcher.DEFAULT_THRESHOLD);
  }

  /**
   * As {@link #screen(Query, int)} with another alert threshold: for evaluation sweeps and for
   * lists whose owners choose a stricter or looser threshold.
   */
  public List<Candidate> screen(Query q, int limit, double alertThreshold) {
    return screen(q, limit, alertThreshold, true);
  }

  /**
   * As {@link #screen(Query, int)} without building explanations (each candidate's explanation is
   * null): for {@code screen --batch}, which writes only the best match's name and score.
   */
  public List<Candidate> rank(Query q, int limit) {
    return screen(q, limit, NameMatcher.DEFAULT_THRESHOLD, false);
  }

  private List<Candidate> screen(Query q, int limit, double alertThreshold, boolean explain) {
    if (limit <= 0) {
      return List.of();
    }
    NameHits nh = nameHits(q.name());
    EncodedName qn = nh.qn();
    List<Hit> hits = nh.hits();
    if (qn.size() == 0) {
      return List.of();
    }
    // Entries in the order of their best name (hits are sorted best first). The other fields
    // raise a score by MAX_RAISE at most, so once a name score plus MAX_RAISE is below the
    // limit-th score found, no later entry can enter the result and the rest is not weighed:
    // weighing the fields of every entry found was a quarter of the time of screen --batch.
    Map<Entry, Hit> seen = new java.util.IdentityHashMap<>();
    List<Candidate> out = new ArrayList<>(Math.min(limit, hits.size()) + 1);
    List<Hit> shownHits = new ArrayList<>(Math.min(limit, hits.size()) + 1);
    double floor = Math.min(alertThreshold, NameMatcher.DEFAULT_THRESHOLD) / 2;
    for (int k = 0; k < hits.size(); k++) {
      Hit best = hits.get(k);
      if (out.size() == limit && best.nameScore + MAX_RAISE < out.get(limit - 1).score()) {
        break;
      }
      Entry e = best.entry();
      if (seen.putIfAbsent(e, best) != null) {
        continue;
      }
      // the entry's best name that may alert alone: this one or a later (lower) one
      Hit alertHit = null;
      for (int j = k; j < hits.size() && alertHit == null; j++) {
        Hit h = hits.get(j);
        if (h.seg.alertable[h.name] && h.entry() == e) {
          alertHit = h;
        }
      }
      double effect = PersonEvidence.effect(q, e, null);
      double score = corroborated(clamp(best.nameScore + effect), q, e, best, null);
      double alertScore =
          alertHit == null
              ? 0
              : corroborated(clamp(alertHit.nameScore + effect), q, e, alertHit, null);
      boolean alert = alertHit != null && alertScore >= alertThreshold;
      Hit shown = alert ? alertHit : best;
      double shownScore = alert ? alertScore : score;
      if (shownScore < floor) {
        continue;
      }
      Candidate c = new Candidate(e, shown.seg.names[shown.name], shownScore, alert, null);
      int at = out.size();
      while (at > 0 && RANKING.compare(c, out.get(at - 1)) < 0) {
        at--;
      }
      if (at < limit) {
        out.add(at, c);
        shownHits.add(at, shown);
        if (out.size() > limit) {
          out.remove(limit);
          shownHits.remove(limit);
        }
      }
    }
    if (!explain) {
      return out;
    }
    // explanations only for what is returned
    List<Candidate> explained = new ArrayList<>(out.size());
    for (int k = 0; k < out.size(); k++) {
      Candidate c = out.get(k);
      Hit h = shownHits.get(k);
      EncodedName cn = h.seg.encoded[h.name];
      EncodedName hq = h.query();
      List<Explanation.PartEvidence> ev = new ArrayList<>();
      double nameScore = NameScorer.explain(hq, cn, h.sims(), ev);
      List<Explanation.FieldEvidence> fields = new ArrayList<>(4);
      double effect = PersonEvidence.effect(q, c.entry(), fields);
      corroborated(clamp(nameScore + effect), q, c.entry(), h, fields);
      Explanation x = Explanation.of(ev, fields, nameScore, c.score());
      explained.add(
          new Candidate(c.entry(), c.matchedName(), Explanation.round(c.score()), c.alert(), x));
    }
    return explained;
  }

  /**
   * The ids of the entries that the blocking keys put forward for scoring for this name, before any
   * score: for evaluation, to tell a listed name the index never proposed (a blocking miss) from
   * one it proposed and scored low. Does not use or fill the name-hit memo.
   */
  public Set<String> proposedEntryIds(String name) {
    EncodedName qn = EncodedName.of(name, rarity);
    Set<String> ids = new HashSet<>();
    if (qn.size() == 0) {
      return ids;
    }
    Scratch s = Scratch.get();
    proposed(base, hidden, qn, s, ids);
    if (delta.nameCount() > 0) {
      proposed(delta, null, qn, s, ids);
    }
    return ids;
  }

  private static void proposed(
      IndexSegment seg, boolean[] hidden, EncodedName qn, Scratch s, Set<String> ids) {
    int[] cands = s.retrieve(seg, qn);
    for (int k = 0; k < s.candidateCount; k++) {
      int e = seg.nameEntry[cands[k]];
      if (hidden == null || !hidden[e]) {
        ids.add(seg.entries[e].id());
      }
    }
  }

  private NameHits nameHits(String name) {
    NameHits nh = recent.get(name);
    if (nh != null) {
      return nh;
    }
    EncodedName qn = EncodedName.of(name, rarity);
    List<Hit> hits = new ArrayList<>(2 * MAX_SCORED);
    if (qn.size() > 0) {
      Scratch s = Scratch.get();
      collect(base, hidden, qn, s, hits);
      if (delta.nameCount() > 0) {
        collect(delta, null, qn, s, hits);
      }
      // an Arabic-script organisation name, its generic words translated: the better score per
      // listed name counts
      String translated = OrganisationWords.translate(name);
      if (translated != null) {
        EncodedName tq = EncodedName.of(translated, rarity);
        List<Hit> more = new ArrayList<>();
        collect(base, hidden, tq, s, more);
        if (delta.nameCount() > 0) {
          collect(delta, null, tq, s, more);
        }
        Map<Hit, Hit> byName = new java.util.HashMap<>();
        for (Hit h : hits) {
          byName.put(h.key(), h);
        }
        for (Hit h : more) {
          byName.merge(h.key(), h, (a, b) -> a.nameScore >= b.nameScore ? a : b);
        }
        hits = new ArrayList<>(byName.values());
        hits.sort((a, b) -> Integer.compare(a.name, b.name));
      }
    }
    // best name score first (stable: equal scores keep the order they were found in)
    hits.sort((a, b) -> Double.compare(b.nameScore, a.nameScore));
    if (secondLook(hits)) {
      hits.sort((a, b) -> Double.compare(b.nameScore, a.nameScore));
    }
    nh = new NameHits(qn, List.copyOf(hits));
    if (recent.size() >= RECENT_NAMES) {
      recent.clear();
    }
    recent.put(name, nh);
    return nh;
  }

  /**
   * The corroboration rule ({@link PersonEvidence#corroborated}) on one entry's name hit, weighed
   * against the hit's own query encoding; appends its line to {@code fields} unless null.
   */
  private static double corroborated(
      double score, Query q, Entry e, Hit h, List<Explanation.FieldEvidence> fields) {
    if (score <= PersonEvidence.UNCORROBORATED_CAP) {
      return score;
    }
    EncodedName cn = h.seg.encoded[h.name];
    EncodedName qn = h.query();
    return PersonEvidence.corroborated(
        score, q, e, () -> NameScorer.metEvidence(qn, cn, h.sims()), fields);
  }

  private static double clamp(double v) {
    return Math.max(0.0, Math.min(1.0, v));
  }

  /** The best names the index scored that a second look may raise: see {@link #secondLook}. */
  static final int SECOND_LOOK = 3;

  /** The least name score of a hit worth a second look. */
  static final double SECOND_LOOK_FROM = 0.45;

  /**
   * The best few hits scored again with every word pair's full similarity, as {@code crosspoint
   * match} scores: the index counts a pair without a shared key only as an initial, a close
   * skeleton or a typing slip ({@link KeylessPairs}), so a perturbed listed name whose one changed
   * word shares no key ("Motradha Safari" for "Mortaza Safari": 0.46 in the index, 0.94 in full)
   * stayed below the threshold. The better score counts, and its explanation reads the same
   * similarities. True when a score changed.
   */
  private static boolean secondLook(List<Hit> hits) {
    boolean changed = false;
    for (int k = 0; k < Math.min(SECOND_LOOK, hits.size()); k++) {
      Hit h = hits.get(k);
      if (h.nameScore < SECOND_LOOK_FROM) {
        break;
      }
      double full = NameScorer.score(h.query, h.seg.encoded[h.name], h.sims(true));
      if (full > h.nameScore) {
        hits.set(k, new Hit(h.seg, h.name, full, h.query, true));
        changed = true;
      }
    }
    return changed;
  }

  /**
   * The index's similarities, with the full similarity ({@link TokenSimilarity}) for the pairs it
   * counted as nothing: the pairs without a shared key that {@link KeylessPairs} turned down.
   */
  private static NameScorer.Sims fullWhereUnmet(
      NameScorer.Sims index, EncodedName qn, IndexSegment seg, int[] partVocab) {
    return new NameScorer.Sims() {
      @Override
      public double sim(int i, int j) {
        double v = index.sim(i, j);
        return v > 0.0
            ? v
            : TokenSimilarity.similarity(
                qn.word[i], seg.vocab[partVocab[j]], KeylessPairs.UNMET_FLOOR);
      }

      @Override
      public NameScorer.Work work() {
        return index.work();
      }
    };
  }

  /** A listed name scored for a query (or for its translation, see OrganisationWords). */
  private record Hit(
      IndexSegment seg, int name, double nameScore, EncodedName query, boolean direct) {
    /** The similarities this hit was scored with: the index's, or every pair's full one. */
    NameScorer.Sims sims() {
      return sims(direct);
    }

    /** The index's similarities, or with the full one where they gave nothing. */
    NameScorer.Sims sims(boolean full) {
      NameScorer.Sims index = Scratch.get().simsFor(seg, query, seg.partVocab[name]);
      return full ? fullWhereUnmet(index, query, seg, seg.partVocab[name]) : index;
    }

    Entry entry() {
      return seg.entries[seg.nameEntry[name]];
    }

    /** The listed name alone, for merging the hits of two forms of a query. */
    Hit key() {
      return new Hit(seg, name, 0.0, null, false);
    }
  }

  /** Best score first, then entry id: the order of screening results. */
  private static final java.util.Comparator<Candidate> RANKING =
      (a, b) -> {
        int c = Double.compare(b.score(), a.score());
        return c != 0 ? c : a.entry().id().compareTo(b.entry().id());
      };

  /** The most the fields besides the name can add to a name score. */
  static final double MAX_RAISE =
      PersonEvidence.DOB_EXACT
          + PersonEvidence.NATIONALITY_AGREES
          + PersonEvidence.GENDER_AGREES
          + PersonEvidence.DOCUMENT_AGREES;

  private static void collect(
      IndexSegment seg, boolean[] hidden, EncodedName qn, Scratch s, List<Hit> hits) {
    int[] cands = s.retrieve(seg, qn);
    int count = s.candidateCount;
    int[] sameAs = seg.sameAs;
    int epoch = s.beginScores(seg.nameCount());
    for (int k = 0; k < count; k++) {
      int id = cands[k];
      if (hidden != null && hidden[seg.nameEntry[id]]) {
        continue;
      }
      // a name that scores as one scored already (IndexSegment.sameAs) takes its score
      int same = sameAs[id];
      double score;
      if (s.scoreStamp[same] == epoch) {
        score = s.scoreValue[same];
      } else {
        score = NameScorer.score(qn, seg.encoded[id], s.sims(qn, seg, seg.partVocab[id]));
        s.scoreStamp[same] = epoch;
        s.scoreValue[same] = score;
      }
      if (score >= NameMatcher.DEFAULT_THRESHOLD / 2 - 0.15) {
        hits.add(new Hit(seg, id, score, qn, false));
      }
    }
  }

  /** Per-thread working memory for one query: accumulators and a token-similarity cache. */
  static final class Scratch implements NameScorer.Sims {
    // room for the word similarities of retrieval and scoring of one query; doubles when half full
    private static final int SIM_SLOTS = 1 << 14;
    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);
    float[] acc = new float[0];
    // the contribution of the current part to each name (mark says which part wrote it)
    float[] best = new float[0];
    int[] mark = new int[0];
    int[] touched = new int[1024];
    int touchedCount;
    int stamp;
    int[] candidates = new int[MAX_SCORED];
    // words already compared with the current query word (IndexSegment.matches), by stamp
    int[] wordSeen = new int[0];
    int wordStamp;
    int candidateCount;
    // open-addressing cache: key = part index << 32 | vocab id
    long[] simKeys = new long[SIM_SLOTS];
    double[] simVals = new double[SIM_SLOTS];
    int[] simStamp = new int[SIM_SLOTS];
    int simEpoch;
    int simCount;

    static Scratch get() {
      return LOCAL.get();
    }

    int[] retrieve(IndexSegment seg, EncodedName qn) {
      int n = seg.nameCount();
      if (acc.length < n) {
        acc = new float[n];
        best = new float[n];
        mark = new int[n];
        stamp = 0;
      }
      touchedCount = 0;
      beginSims();
      double total = qn.totalWeight;
      float min = (float) (MIN_KEY_SHARE * total);
      int big = BIG_POSTING;
      deferredCount = 0;
      int size = qn.size();
      IndexSegment.WordMatches[] matches = new IndexSegment.WordMatches[size];
      for (int i = 0; i < size; i++) {
        matches[i] = seg.matches(qn.word[i], this);
        IndexSegment.WordMatches m = matches[i];
        for (int x = 0; x < m.words().length; x++) {
          putSim(i, m.words()[x], m.sims()[x]);
        }
      }
      simsSegment = seg;
      simsQuery = qn;
      // MaxScore (Turtle and Flood 1995): the lightest parts whose weights together stay below
      // the share a name must hold cannot make a name a candidate alone, so their (long, common)
      // word lists only add to names a heavier part found
      boolean[] light = new boolean[size];
      float lightSum = 0f;
      while (true) {
        int lightest = -1;
        for (int i = 0; i < size; i++) {
          if (!light[i] && (lightest < 0 || qn.weight[i] < qn.weight[lightest])) {
            lightest = i;
          }
        }
        if (lightest < 0 || lightSum + (float) qn.weight[lightest] >= min) {
          break;
        }
        lightSum += (float) qn.weight[lightest];
        light[lightest] = true;
      }
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < size; i++) {
          if (light[i] != (pass == 1)) {
            continue;
          }
          float w = (float) qn.weight[i];
          IndexSegment.WordMatches m = matches[i];
          int partStamp = nextStamp();
          // a part whose words are very common together ("Muhammad" and its hundred spellings on
          // a large list) is deferred whole
          long reach = 0;
          for (int x = 0; x < m.words().length; x++) {
            reach += seg.wordNames[m.words()[x]].length;
          }
          for (int x = 0; x < m.words().length; x++) {
            int[] post = seg.wordNames[m.words()[x]];
            float add = (float) (w * m.sims()[x]);
            if (reach > big) {
              defer(post, add, partStamp);
            } else {
              addBest(post, add, partStamp, light[i]);
            }
          }
          // this part against two adjacent listed parts written as one word here ("Walijan" /
          // "Wali Jan")
          String[] keys = m.skeletonKeys();
          for (int k = 0; k < keys.length; k++) {
            int[] post = seg.joinedPostings.get(keys[k]);
            if (post != null && post.length <= big) {
              addPosting(post, k == 0 ? w : 0.8f * w, partStamp, light[i]);
            }
          }
        }
        if (pass == 1) {
          break;
        }
        // two adjacent query parts written as one listed word ("Wali Jan" / "Walijan")
        for (int i = 0; i + 1 < size; i++) {
          // the skeleton alone first: most adjacent pairs are no listed word
          String text = qn.text[i] + qn.text[i + 1];
          int[] words = seg.wordPostings.get(Phonetic.skeleton(Phonetic.phonetic(text)));
          if (words == null) {
            continue;
          }
          PhoneticWord joined = PhoneticWord.of(text);
          int partStamp = nextStamp();
          float w = (float) (qn.weight[i] + qn.weight[i + 1]);
          for (int v : words) {
            int[] post = seg.wordNames[v];
            if (post.length > big) {
              continue;
            }
            // only what the scorer would join (NameScorer.JOIN_MIN): below it the pair is no listed
            // word, and the two parts' own credits for that word would count a second time
            double sim = TokenSimilarity.similarity(joined, seg.vocab[v]);
            if (sim >= NameScorer.JOIN_MIN) {
              addPosting(post, (float) (w * sim), partStamp, false);
            }
          }
        }
      }
      // Very common words ("Muhammad" on a large list) only add to names a rarer part found,
      // unless no part was rarer: the traversal stays, the candidate set does not explode.
      if (deferredCount > 0) {
        boolean existingOnly = touchedCount > 0;
        // under the stamp of their own part: a name that part already credited (through a
        // joined form, "Ho Chin" for "Hochin") keeps the better of the two, not both
        for (int x = 0; x < deferredCount; x++) {
          addBest(deferredPosts[x], deferredAdds[x], deferredStamps[x], existingOnly);
        }
        for (int x = 0; x < deferredCount; x++) {
          deferredPosts[x] = null;
        }
      }
      // Rank by an estimate of the final score — the key weight shared, over the weight of both
      // names (Dice-like) — and score at most MAX_SCORED names: histogram cut, then fill.
      float[] nw = seg.nameWeight;
      float tw = (float) total;
      float max = 0f;
      for (int t = 0; t < touchedCount; t++) {
        int id = touched[t];
        if (acc[id] >= min) {
          acc[id] = 2f * acc[id] / (tw + nw[id]);
          max = Math.max(max, acc[id]);
        } else {
          acc[id] = -1f;
        }
      }
      int[] hist = new int[65];
      for (int t = 0; t < touchedCount; t++) {
        float a = acc[touched[t]];
        if (a >= 0f) {
          hist[(int) (64 * a / max)]++;
        }
      }
      int cut = 0;
      int sum = 0;
      for (int b = 64; b >= 0; b--) {
        sum += hist[b];
        if (sum >= MAX_SCORED) {
          cut = b;
          break;
        }
      }
      candidateCount = 0;
      for (int pass = 0; pass < 2 && candidateCount < MAX_SCORED; pass++) {
        for (int t = 0; t < touchedCount && candidateCount < MAX_SCORED; t++) {
          int id = touched[t];
          float a = acc[id];
          if (a < 0f) {
            continue;
          }
          int b = (int) (64 * a / max);
          if ((pass == 0 && b > cut) || (pass == 1 && b == cut)) {
            candidates[candidateCount++] = id;
          }
        }
      }
      for (int t = 0; t < touchedCount; t++) {
        acc[touched[t]] = 0f;
      }
      return candidates;
    }

    // the name scores of this query's collect, by IndexSegment.sameAs, stamped
    int[] scoreStamp = new int[0];
    double[] scoreValue = new double[0];
    private int scoreEpoch;

    int beginScores(int names) {
      if (scoreStamp.length < names) {
        scoreStamp = new int[names];
        scoreValue = new double[names];
        scoreEpoch = 0;
      }
      if (++scoreEpoch == Integer.MAX_VALUE) {
        Arrays.fill(scoreStamp, 0);
        scoreEpoch = 1;
      }
      return scoreEpoch;
    }

    int[][] deferredPosts = new int[8][];
    float[] deferredAdds = new float[8];
    int[] deferredStamps = new int[8];
    int deferredCount;

    private int nextStamp() {
      if (++stamp == Integer.MAX_VALUE) {
        Arrays.fill(mark, 0);
        stamp = 1;
      }
      return stamp;
    }

    /**
     * Adds a part's contribution to each name; a name holding two variants of the part ("Mohamed
     * Muhammad") counts the better one once.
     */
    private void addBest(int[] post, float add, int partStamp, boolean existingOnly) {
      for (int id : post) {
        if (existingOnly && acc[id] == 0f) {
          continue;
        }
        if (mark[id] == partStamp) {
          if (add > best[id]) {
            acc[id] += add - best[id];
            best[id] = add;
          }
          continue;
        }
        mark[id] = partStamp;
        best[id] = add;
        if (acc[id] == 0f) {
          touch(id);
        }
        acc[id] += add;
      }
    }

    /** Notes a name's first contribution, so that its accumulator is read and cleared later. */
    private void touch(int id) {
      if (touchedCount == touched.length) {
        touched = Arrays.copyOf(touched, touchedCount * 2);
      }
      touched[touchedCount++] = id;
    }

    private void defer(int[] post, float add, int partStamp) {
      if (deferredCount == deferredPosts.length) {
        deferredPosts = Arrays.copyOf(deferredPosts, deferredCount * 2);
        deferredAdds = Arrays.copyOf(deferredAdds, deferredCount * 2);
        deferredStamps = Arrays.copyOf(deferredStamps, deferredCount * 2);
      }
      deferredPosts[deferredCount] = post;
      deferredStamps[deferredCount] = partStamp;
      deferredAdds[deferredCount++] = add;
    }

    private void addPosting(int[] post, float add, int partStamp, boolean existingOnly) {
      if (post == null) {
        return;
      }
      for (int id : post) {
        if (mark[id] == partStamp) {
          continue;
        }
        if (existingOnly && acc[id] == 0f) {
          continue;
        }
        mark[id] = partStamp;
        best[id] = add;
        if (acc[id] == 0f) {
          touch(id);
        }
        acc[id] += add;
      }
    }

    // the query and segment whose pairs the similarity table holds
    private IndexSegment simsSegment;
    private EncodedName simsQuery;

    /**
     * The similarities of a query's parts against one listed name of a segment, as retrieval and
     * scoring counted them: for explanations and the corroboration rule, so that what they say is
     * what scored.
     */
    NameScorer.Sims simsFor(IndexSegment seg, EncodedName qn, int[] partVocab) {
      if (seg == simsSegment && qn == simsQuery) {
        return sims(qn, seg, partVocab);
      }
      // name hits remembered from an earlier screen: the same pairs, without refilling the table
      // (on a large list a common word meets thousands of listed words)
      IndexSegment.WordMatches[] ms = new IndexSegment.WordMatches[qn.size()];
      for (int i = 0; i < ms.length; i++) {
        ms[i] = seg.matches(qn.word[i], this);
      }
      return (i, j) -> {
        double s = ms[i].simOf(partVocab[j]);
        return Double.isNaN(s) ? keyless(qn.word[i], seg, partVocab[j]) : s;
      };
    }

    // the pair of names NameScorer is scoring (one Sims per thread, not a lambda per name)
    private EncodedName simQuery;
    private IndexSegment simSegment;
    private int[] simPartVocab;

    NameScorer.Sims sims(EncodedName qn, IndexSegment seg, int[] partVocab) {
      simQuery = qn;
      simSegment = seg;
      simPartVocab = partVocab;
      return this;
    }

    @Override
    public double sim(int i, int j) {
      return sim(simQuery, i, simSegment, simPartVocab[j]);
    }

    private final NameScorer.Work work = new NameScorer.Work();

    @Override
    public NameScorer.Work work() {
      return work;
    }

    /** Stamps for a new query word: every vocabulary word unseen. */
    int[] wordSeen(int vocabSize) {
      if (wordSeen.length < vocabSize) {
        wordSeen = new int[vocabSize];
        wordStamp = 0;
      }
      if (++wordStamp == Integer.MAX_VALUE) {
        Arrays.fill(wordSeen, 0);
        wordStamp = 1;
      }
      return wordSeen;
    }

    void putSim(int i, int vocabId, double v) {
      long key = ((long) i << 32) | vocabId;
      int h = slot(key);
      if (simStamp[h] != simEpoch) {
        store(h, key, v);
      }
    }

    void beginSims() {
      simEpoch++;
      simCount = 0;
    }

    double sim(EncodedName qn, int i, IndexSegment seg, int vocabId) {
      long key = ((long) i << 32) | vocabId;
      int h = slot(key);
      if (simStamp[h] == simEpoch) {
        return simVals[h];
      }
      double v = keyless(qn.word[i], seg, vocabId);
      store(h, key, v);
      return v;
    }

    /** A pair that retrieval did not meet shares no blocking key: {@link KeylessPairs}. */
    private static double keyless(PhoneticWord q, IndexSegment seg, int v) {
      return KeylessPairs.mayCount(q, seg, v) ? KeylessPairs.similarity(q, seg.vocab[v]) : 0.0;
    }

    /** The slot of a key in this query's table: its own, or the empty one where it belongs. */
    private int slot(long key) {
      int mask = simKeys.length - 1;
      int h =
          (int)
                  ((key * 0x9E3779B97F4A7C15L)
                      >>> (64 - Integer.numberOfTrailingZeros(simKeys.length)))
              & mask;
      while (simStamp[h] == simEpoch && simKeys[h] != key) {
        h = (h + 1) & mask;
      }
      return h;
    }

    /**
     * Fills an empty slot; the table doubles when half full, so that every pair of a query stays
     * remembered (a pair dropped for want of room used to come back with another similarity).
     */
    private void store(int h, long key, double v) {
      simStamp[h] = simEpoch;
      simKeys[h] = key;
      simVals[h] = v;
      if (++simCount * 2 <= simKeys.length) {
        return;
      }
      long[] keys = simKeys;
      double[] vals = simVals;
      int[] stamps = simStamp;
      simKeys = new long[keys.length * 2];
      simVals = new double[keys.length * 2];
      simStamp = new int[keys.length * 2];
      for (int k = 0; k < keys.length; k++) {
        if (stamps[k] == simEpoch) {
          int g = slot(keys[k]);
          simStamp[g] = simEpoch;
          simKeys[g] = keys[k];
          simVals[g] = vals[k];
        }
      }
    }
  }

  static Set<String> ids(Collection<Entry> entries) {
    Set<String> s = new HashSet<>();
    for (Entry e : entries) {
      s.add(e.id());
    }
    return s;
  }
}
