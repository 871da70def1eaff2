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
  /** Names scored in full per segment, at most: the best by accumulated key weight. */
  static final int MAX_SCORED = 96;

  /** Postings longer than this (or a 64th of the names) are traversed only to add weight. */
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
    if (limit <= 0) {
      return List.of();
    }
    NameHits nh = nameHits(q.name());
    EncodedName qn = nh.qn();
    List<Hit> hits = nh.hits();
    if (qn.size() == 0) {
      return List.of();
    }
    // best name per entry: prefer alertable names, then higher score
    Map<Entry, Hit> bestPerEntry = new java.util.IdentityHashMap<>();
    Map<Entry, Hit> bestAlertable = new java.util.IdentityHashMap<>();
    for (Hit h : hits) {
      Entry e = h.seg.entries[h.seg.nameEntry[h.name]];
      bestPerEntry.merge(e, h, (a, b) -> a.nameScore >= b.nameScore ? a : b);
      if (h.seg.alertable[h.name]) {
        bestAlertable.merge(e, h, (a, b) -> a.nameScore >= b.nameScore ? a : b);
      }
    }
    List<Candidate> out = new ArrayList<>(bestPerEntry.size());
    double floor = Math.min(alertThreshold, NameMatcher.DEFAULT_THRESHOLD) / 2;
    for (Map.Entry<Entry, Hit> me : bestPerEntry.entrySet()) {
      Entry e = me.getKey();
      Hit best = me.getValue();
      Hit alertHit = bestAlertable.get(e);
      double effect = PersonEvidence.effect(q, e, null);
      double score = corroborated(clamp(best.nameScore + effect), q, e, qn, best);
      double alertScore =
          alertHit == null
              ? 0
              : corroborated(clamp(alertHit.nameScore + effect), q, e, qn, alertHit);
      boolean alert = alertHit != null && alertScore >= alertThreshold;
      Hit shown = alert ? alertHit : best;
      double shownScore = alert ? alertScore : score;
      if (shownScore < floor) {
        continue;
      }
      out.add(new Candidate(e, shown.seg.names[shown.name], shownScore, alert, null));
      me.setValue(shown);
    }
    out.sort(
        (a, b) -> {
          int c = Double.compare(b.score(), a.score());
          return c != 0 ? c : a.entry().id().compareTo(b.entry().id());
        });
    if (out.size() > limit) {
      out = new ArrayList<>(out.subList(0, limit));
    }
    // explanations only for what is returned
    List<Candidate> explained = new ArrayList<>(out.size());
    for (Candidate c : out) {
      Hit h = bestPerEntry.get(c.entry());
      EncodedName cn = h.seg.encoded[h.name];
      List<Explanation.PartEvidence> ev = new ArrayList<>();
      double nameScore = NameScorer.explain(qn, cn, NameScorer.direct(qn, cn), ev);
      List<Explanation.FieldEvidence> fields = new ArrayList<>(4);
      double effect = PersonEvidence.effect(q, c.entry(), fields);
      PersonEvidence.corroborated(
          clamp(nameScore + effect),
          q,
          c.entry(),
          () -> NameScorer.metEvidence(qn, cn, NameScorer.direct(qn, cn)),
          fields);
      Explanation x = Explanation.of(ev, fields, nameScore, c.score());
      explained.add(
          new Candidate(c.entry(), c.matchedName(), Explanation.round(c.score()), c.alert(), x));
    }
    return explained;
  }

  private NameHits nameHits(String name) {
    NameHits nh = recent.get(name);
    if (nh != null) {
      return nh;
    }
    EncodedName qn = EncodedName.of(name, rarity);
    List<Hit> hits = new ArrayList<>();
    if (qn.size() > 0) {
      Scratch s = Scratch.get();
      collect(base, hidden, qn, s, hits);
      if (delta.nameCount() > 0) {
        collect(delta, null, qn, s, hits);
      }
    }
    nh = new NameHits(qn, List.copyOf(hits));
    if (recent.size() >= RECENT_NAMES) {
      recent.clear();
    }
    recent.put(name, nh);
    return nh;
  }

  /** The corroboration rule ({@link PersonEvidence#corroborated}) on one entry's name hit. */
  private static double corroborated(double score, Query q, Entry e, EncodedName qn, Hit h) {
    if (score <= PersonEvidence.UNCORROBORATED_CAP) {
      return score;
    }
    EncodedName cn = h.seg.encoded[h.name];
    return PersonEvidence.corroborated(
        score, q, e, () -> NameScorer.metEvidence(qn, cn, NameScorer.direct(qn, cn)), null);
  }

  private static double clamp(double v) {
    return Math.max(0.0, Math.min(1.0, v));
  }

  private record Hit(IndexSegment seg, int name, double nameScore) {}

  private static void collect(
      IndexSegment seg, boolean[] hidden, EncodedName qn, Scratch s, List<Hit> hits) {
    int[] cands = s.retrieve(seg, qn);
    int count = s.candidateCount;
    s.beginSims();
    for (int k = 0; k < count; k++) {
      int id = cands[k];
      if (hidden != null && hidden[seg.nameEntry[id]]) {
        continue;
      }
      int[] pv = seg.partVocab[id];
      EncodedName cn = seg.encoded[id];
      double score = NameScorer.score(qn, cn, (i, j) -> s.sim(qn, i, seg, pv[j]));
      if (score >= NameMatcher.DEFAULT_THRESHOLD / 2 - 0.15) {
        hits.add(new Hit(seg, id, score));
      }
    }
  }

  /** Per-thread working memory for one query: accumulators and a token-similarity cache. */
  static final class Scratch {
    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);
    float[] acc = new float[0];
    int[] mark = new int[0];
    int[] touched = new int[1024];
    int touchedCount;
    int stamp;
    int[] candidates = new int[MAX_SCORED];
    // per vocabulary word: bit i set when query part i shares a blocking key with it; pairs that
    // share none are not variants of one another (their skeletons are two or more edits apart)
    long[] wordMask = new long[0];
    int[] touchedWords = new int[1024];
    int touchedWordCount;
    int candidateCount;
    // open-addressing cache: key = part index << 32 | vocab id
    long[] simKeys = new long[4096];
    double[] simVals = new double[4096];
    int[] simStamp = new int[4096];
    int simEpoch;
    int simCount;

    static Scratch get() {
      return LOCAL.get();
    }

    int[] retrieve(IndexSegment seg, EncodedName qn) {
      int n = seg.nameCount();
      if (wordMask.length < seg.vocab.length) {
        wordMask = new long[seg.vocab.length];
      }
      for (int t = 0; t < touchedWordCount; t++) {
        wordMask[touchedWords[t]] = 0L;
      }
      touchedWordCount = 0;
      if (acc.length < n) {
        acc = new float[n];
        mark = new int[n];
        Arrays.fill(mark, 0);
        stamp = 0;
      }
      touchedCount = 0;
      double total = qn.totalWeight;
      int big = Math.max(BIG_POSTING, n / 64);
      List<Deferred> deferred = new ArrayList<>();
      for (int i = 0; i < qn.size(); i++) {
        float w = (float) qn.weight[i];
        int partStamp = ++stamp;
        if (stamp == Integer.MAX_VALUE) {
          Arrays.fill(mark, 0);
          stamp = 1;
          partStamp = 1;
        }
        List<String> keys = IndexSegment.keys(qn.skel[i], true);
        long bit = i < 64 ? 1L << i : 0L;
        for (int k = 0; k < keys.size(); k++) {
          int[] words = seg.wordPostings.get(keys.get(k));
          if (words != null) {
            for (int v : words) {
              if (wordMask[v] == 0L) {
                if (touchedWordCount == touchedWords.length) {
                  touchedWords = Arrays.copyOf(touchedWords, touchedWordCount * 2);
                }
                touchedWords[touchedWordCount++] = v;
              }
              wordMask[v] |= bit;
            }
          }
          int[] post = seg.postings.get(keys.get(k));
          if (post == null) {
            continue;
          }
          if (post.length > big) {
            deferred.add(new Deferred(post, k == 0 ? w : 0.8f * w, i));
            continue;
          }
          addPosting(post, k == 0 ? w : 0.8f * w, partStamp, false);
        }
      }
      for (int i = 0; i + 1 < qn.size(); i++) {
        int partStamp = ++stamp;
        float w = (float) (qn.weight[i] + qn.weight[i + 1]);
        int[] post = seg.postings.get(IndexSegment.joinedKey(qn, i));
        if (post != null && post.length <= big) {
          addPosting(post, w, partStamp, false);
        }
      }
      // Very common keys ("mhmd" on a large list) only add to names a rarer part found, unless
      // no part was rarer: the traversal stays, the candidate set does not explode.
      deferred.sort((x, y) -> Integer.compare(x.post.length, y.post.length));
      int[] stamps = new int[qn.size()];
      for (Deferred d : deferred) {
        if (stamps[d.part] == 0) {
          stamps[d.part] = ++stamp;
        }
        addPosting(d.post, d.add, stamps[d.part], touchedCount > 0);
      }
      // the query's single part against listed names' joined pairs is covered by the keys above:
      // the index holds joined-pair skeletons, looked up by the query part's own skeleton
      float min = (float) (MIN_KEY_SHARE * total);
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

    private record Deferred(int[] post, float add, int part) {}

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
        if (acc[id] == 0f) {
          if (touchedCount == touched.length) {
            touched = Arrays.copyOf(touched, touchedCount * 2);
          }
          touched[touchedCount++] = id;
        }
        acc[id] += add;
      }
    }

    void beginSims() {
      simEpoch++;
      simCount = 0;
    }

    double sim(EncodedName qn, int i, IndexSegment seg, int vocabId) {
      // skeletons shorter than three classes have no deletion keys: those pairs are always scored
      if (i < 64
          && (wordMask[vocabId] & (1L << i)) == 0L
          && qn.skel[i].length() >= 3
          && seg.vocab[vocabId].skeleton.length() >= 3) {
        return 0.0;
      }
      long key = ((long) i << 32) | vocabId;
      if (simCount < simKeys.length / 2) {
        int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> 52) & (simKeys.length - 1);
        while (simStamp[h] == simEpoch) {
          if (simKeys[h] == key) {
            return simVals[h];
          }
          h = (h + 1) & (simKeys.length - 1);
        }
        double v = TokenSimilarity.similarity(qn.word[i], seg.vocab[vocabId]);
        simStamp[h] = simEpoch;
        simKeys[h] = key;
        simVals[h] = v;
        simCount++;
        return v;
      }
      return TokenSimilarity.similarity(qn.word[i], seg.vocab[vocabId]);
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
