package org.crosspoint.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;
import org.crosspoint.watchlist.NameKind;
import org.crosspoint.watchlist.SubjectType;

/**
 * An immutable block of indexed names: every name of every entry normalised, parsed and encoded
 * once, and inverted lists from blocking keys to the distinct words of the names, and from each
 * word to the names that hold it.
 *
 * <p>Implementation notes. Blocking is done on words, not names: a listed word is keyed by its
 * {@link Phonetic#skeleton skeleton} and, for skeletons of three or more classes, every skeleton
 * with one class deleted (the SymSpell deletion neighbourhood, Garbe 2012), so two words whose
 * skeletons are one edit apart share a key. Two holes of skeleton keys are closed with extra keys
 * ({@link #wordKeys}): a short word ("Hani", "Ali", skeleton of one or two classes) has no useful
 * skeleton deletions, so it is also keyed by its phonetic form and that form's one-letter deletions
 * ("Sani" and "Hani" share "ani"); a word with a glued article ("alsamman") is also keyed as the
 * rest ("samman"). A query finds the listed words that share a key with each of its parts, weighs
 * each such word once by its real {@link TokenSimilarity} to the part (cached for the scorer), and
 * accumulates, per name, the part's rarity weight times that similarity: a key shared by chance
 * ("dm" in "Sodiam" and "Adam") adds nothing, so the names scored in full are the ones whose words
 * are real variants — the index never scans every name.
 */
final class IndexSegment {
  static final IndexSegment EMPTY = build(List.of(), PartRarity.builtIn());

  final Entry[] entries;
  final Map<String, Integer> entryIndex;
  final int[] nameEntry;
  final EntryName[] names;
  final EncodedName[] encoded;
  final boolean[] alertable;

  /** Sum of the rarity weights of each name's parts, for ranking candidates before scoring. */
  final float[] nameWeight;

  final int[][] partVocab;
  final PhoneticWord[] vocab;

  /**
   * For each name, the first name of the segment that scores as it does against any query (the same
   * listed words in the same roles, shapes and titles: "HASSAN, Sheikh" on an entry of each list,
   * "ALI, Hassan" on two entries), or itself. A screen scores such names once: 14% of the names a
   * screen scored were such repeats (20,000 travellers against UN + OFAC).
   */
  final int[] sameAs;

  /**
   * Three longs per listed word, for the pairs without a shared key that the index checks by the
   * hundred per screen ({@link KeylessPairs#mayCount}): its letter set, its skeleton's letter set
   * ({@link PhoneticWord#letters}, {@link PhoneticWord#skeletonLetters}), and its text length,
   * skeleton length and whether it has another form ({@link #textLength}, {@link #skeletonLength},
   * {@link #hasOtherForm}). Side by side in one array, so that a check reads one cache line where
   * the word object and its strings lie apart on the heap: 4–7% less screening CPU at C1,
   * alternated in one process (the checks took 0.37 µs a pair before, with the objects).
   */
  final long[] vocabShape;

  /** Vocabulary id → the names (ascending ids) that hold the word. */
  final int[][] wordNames;

  /** Skeleton of two adjacent parts written as one word → the names that have the pair. */
  final Map<String, int[]> joinedPostings;

  /** Blocking key → the distinct words (vocabulary ids) that carry it. */
  final Map<String, int[]> wordPostings;

  /** The weights this segment's names were weighed with. */
  final PartRarity rarity;

  /**
   * The listed words each recent query word meets, by the query word ({@link
   * PhoneticWord#cacheKey}). The words of a traveller's name repeat from traveller to traveller
   * even when the names do not ("Imran", "Khan"), and what a word meets depends only on the word
   * and this immutable segment. Cleared when full: bounded memory without bookkeeping.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, WordMatches> recentWords =
      new java.util.concurrent.ConcurrentHashMap<>();

  static final int RECENT_WORDS = 16_384;

  /**
   * The listed words a query word meets: those that share a blocking key with it and have a
   * similarity above zero, with that similarity; and the word's skeleton keys (its own first), by
   * which it meets two adjacent listed parts written as one word.
   */
  record WordMatches(String[] skeletonKeys, int[] words, double[] sims) {
    /**
     * The similarity of a listed word this word meets, or NaN when it does not meet it: a scan, for
     * the few pairs an explanation of remembered name hits reads (screening reads the similarity
     * table instead).
     */
    double simOf(int vocabId) {
      for (int x = 0; x < words.length; x++) {
        if (words[x] == vocabId) {
          return sims[x];
        }
      }
      return Double.NaN;
    }
  }

  private IndexSegment(
      Entry[] entries,
      Map<String, Integer> entryIndex,
      int[] nameEntry,
      EntryName[] names,
      EncodedName[] encoded,
      boolean[] alertable,
      int[][] partVocab,
      PhoneticWord[] vocab,
      int[][] wordNames,
      Map<String, int[]> joinedPostings,
      Map<String, int[]> wordPostings,
      PartRarity rarity) {
    this.entries = entries;
    this.entryIndex = entryIndex;
    this.nameEntry = nameEntry;
    this.names = names;
    this.encoded = encoded;
    this.alertable = alertable;
    this.nameWeight = new float[encoded.length];
    for (int i = 0; i < encoded.length; i++) {
      nameWeight[i] = (float) encoded[i].totalWeight;
    }
    this.partVocab = partVocab;
    this.vocab = vocab;
    this.sameAs = sameAs(encoded, partVocab);
    this.vocabShape = new long[3 * vocab.length];
    for (int v = 0; v < vocab.length; v++) {
      PhoneticWord w = vocab[v];
      vocabShape[3 * v] = w.letters;
      vocabShape[3 * v + 1] = w.skeletonLetters;
      vocabShape[3 * v + 2] =
          Math.min(w.text.length(), 0xFFFF)
              | (long) Math.min(w.skeleton.length(), 0xFFFF) << 16
              | (w.hasOtherForm() ? 1L << 32 : 0L);
    }
    this.wordNames = wordNames;
    this.joinedPostings = joinedPostings;
    this.wordPostings = wordPostings;
    this.rarity = rarity;
  }

  long letters(int v) {
    return vocabShape[3 * v];
  }

  long skeletonLetters(int v) {
    return vocabShape[3 * v + 1];
  }

  int textLength(int v) {
    return (int) (vocabShape[3 * v + 2] & 0xFFFF);
  }

  int skeletonLength(int v) {
    return (int) (vocabShape[3 * v + 2] >>> 16 & 0xFFFF);
  }

  boolean hasOtherForm(int v) {
    return (vocabShape[3 * v + 2] & 1L << 32) != 0;
  }

  int nameCount() {
    return names.length;
  }

  /** What a query word meets in this segment (remembered for recent words). */
  WordMatches matches(PhoneticWord w, MatchIndex.Scratch scratch) {
    WordMatches m = recentWords.get(w.cacheKey);
    if (m != null) {
      return m;
    }
    List<String> keys = wordKeys(w);
    int[] seen = scratch.wordSeen(vocab.length);
    int stamp = scratch.wordStamp;
    IntList words = new IntList();
    double[] sims = new double[16];
    for (String key : keys) {
      int[] post = wordPostings.get(key);
      if (post == null) {
        continue;
      }
      for (int v : post) {
        if (seen[v] == stamp) {
          continue;
        }
        seen[v] = stamp;
        double sim = TokenSimilarity.similarity(w, vocab[v]);
        if (sim > 0.0) {
          if (words.n == sims.length) {
            sims = Arrays.copyOf(sims, sims.length * 2);
          }
          sims[words.n] = sim;
          words.add(v);
        }
      }
    }
    // the keys a joined pair of listed parts can have: skeletons, not the prefixed forms of a
    // short word ('#' phonetic, '!' written), which were two thirds of the lookups
    List<String> skeletonKeys = new ArrayList<>(keys.size());
    for (String k : keys) {
      if (k.isEmpty() || (k.charAt(0) != SHORT_WORD && k.charAt(0) != TYPED)) {
        skeletonKeys.add(k);
      }
    }
    m =
        new WordMatches(
            skeletonKeys.toArray(new String[0]), words.toArray(), Arrays.copyOf(sims, words.n));
    if (recentWords.size() >= RECENT_WORDS) {
      recentWords.clear();
    }
    recentWords.put(w.cacheKey, m);
    return m;
  }

  /**
   * @param rarity the weights to use, or null to learn them from these entries: every name is
   *     encoded once, its words counted (once per name), then weighed
   */
  static IndexSegment build(List<Entry> entries, PartRarity rarity) {
    boolean learn = rarity == null;
    if (learn) {
      rarity = PartRarity.builtIn();
    }
    Entry[] es = entries.toArray(new Entry[0]);
    Map<String, Integer> entryIndex = new HashMap<>(es.length * 2);
    List<Integer> nameEntry = new ArrayList<>();
    List<EntryName> names = new ArrayList<>();
    List<EncodedName> encoded = new ArrayList<>();
    for (int e = 0; e < es.length; e++) {
      entryIndex.put(es[e].id(), e);
      for (EntryName n : es[e].names()) {
        EncodedName en = EncodedName.of(n.full(), rarity);
        if (en.size() == 0) {
          continue;
        }
        nameEntry.add(e);
        names.add(n);
        encoded.add(en);
      }
    }
    if (learn) {
      rarity = rarity.learnedFrom(encoded);
      for (EncodedName en : encoded) {
        en.reweight(rarity);
      }
    }
    int count = names.size();
    int[] ne = new int[count];
    boolean[] alertable = new boolean[count];
    int[][] partVocab = new int[count][];
    Map<String, Integer> vocab = new HashMap<>();
    List<PhoneticWord> vWords = new ArrayList<>();
    List<IntList> vNames = new ArrayList<>();
    Map<String, IntList> post = new HashMap<>();
    Map<String, IntList> wordPost = new HashMap<>();
    Map<String, String> sources = new HashMap<>();
    for (int id = 0; id < count; id++) {
      ne[id] = nameEntry.get(id);
      EncodedName en = encoded.get(id);
      EntryName n = names.get(id);
      // A weak alias, or an alias of one word ("John", "George" on a UN record), may be shown but
      // never alerts on its own. Travellers are people: an organisation's or vessel's name is shown
      // when similar, never an alert ("Anisur Islam" is not ANSAR AL-ISLAM).
      alertable[id] =
          n.kind() != NameKind.ALIAS_WEAK
              && !(n.kind() != NameKind.PRIMARY && en.size() < 2)
              && es[nameEntry.get(id)].type() == SubjectType.PERSON;
      int[] pv = new int[en.size()];
      for (int p = 0; p < en.size(); p++) {
        Integer v = vocab.get(en.text[p]);
        if (v == null) {
          v = vWords.size();
          vocab.put(en.text[p], v);
          vWords.add(en.word[p]);
          vNames.add(new IntList());
          for (String key : wordKeys(en.word[p])) {
            wordPost.computeIfAbsent(key, k -> new IntList()).addUnique(v);
          }
        }
        vNames.get(v).addUnique(id);
        pv[p] = v;
        // one copy of each word and each written form across all names: a 1,000,000-name list
        // repeats a few hundred thousand words
        PhoneticWord shared = vWords.get(v);
        en.word[p] = shared;
        en.text[p] = shared.text;
        en.phon[p] = shared.phon;
        en.skel[p] = shared.skeleton;
        en.source[p] = sources.computeIfAbsent(en.source[p], x -> x);
      }
      // two adjacent parts written as one word elsewhere ("Wali Jan" / "Walijan")
      for (int p = 0; p + 1 < en.size(); p++) {
        post.computeIfAbsent(joinedKey(en, p), k -> new IntList()).addUnique(id);
      }
      partVocab[id] = pv;
    }
    Map<String, int[]> joinedPostings = new HashMap<>(post.size() * 2);
    for (Map.Entry<String, IntList> e : post.entrySet()) {
      joinedPostings.put(e.getKey(), e.getValue().toArray());
    }
    int[][] wordNames = new int[vNames.size()][];
    for (int v = 0; v < wordNames.length; v++) {
      wordNames[v] = vNames.get(v).toArray();
    }
    Map<String, int[]> wordPostings = new HashMap<>(wordPost.size() * 2);
    for (Map.Entry<String, IntList> e : wordPost.entrySet()) {
      wordPostings.put(e.getKey(), e.getValue().toArray());
    }
    return new IndexSegment(
        es,
        entryIndex,
        ne,
        names.toArray(new EntryName[0]),
        encoded.toArray(new EncodedName[0]),
        alertable,
        partVocab,
        vWords.toArray(new PhoneticWord[0]),
        wordNames,
        joinedPostings,
        wordPostings,
        rarity);
  }

  /** What NameScorer reads of a listed name, once its words are the segment's vocabulary. */
  private record Scored(
      int[] words,
      org.crosspoint.names.NameModel.Role[] roles,
      long[] shapes,
      int[] depths,
      List<String> titles) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Scored x
          && Arrays.equals(words, x.words)
          && Arrays.equals(roles, x.roles)
          && Arrays.equals(shapes, x.shapes)
          && Arrays.equals(depths, x.depths)
          && titles.equals(x.titles);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(words) * 31 + Arrays.hashCode(shapes);
    }
  }

  private static int[] sameAs(EncodedName[] encoded, int[][] partVocab) {
    int[] same = new int[encoded.length];
    Map<Scored, Integer> first = new HashMap<>(encoded.length * 2);
    for (int id = 0; id < encoded.length; id++) {
      EncodedName en = encoded[id];
      Integer earlier =
          first.putIfAbsent(new Scored(partVocab[id], en.role, en.shape, en.depth, en.titles), id);
      same[id] = earlier == null ? id : earlier;
    }
    return same;
  }

  static String joinedKey(EncodedName en, int p) {
    return Phonetic.skeleton(Phonetic.phonetic(en.text[p] + en.text[p + 1]));
  }

  /** The full skeleton first, then (with deletions) its one-deletion neighbours. */
  static List<String> keys(String skel, boolean deletions) {
    List<String> ks = new ArrayList<>(skel.length() + 1);
    addKeys(skel, deletions, ks);
    return ks;
  }

  private static void addKeys(String skel, boolean deletions, List<String> ks) {
    if (!ks.contains(skel)) {
      ks.add(skel);
    }
    if (deletions && skel.length() >= 3) {
      for (int i = 0; i < skel.length(); i++) {
        // the classes either side of the deleted one fall together when equal, as they would in
        // the skeleton of a word without it ("Mohazmed" without z is "Mohamed": mzmd -> md)
        int next =
            i > 0 && i + 1 < skel.length() && skel.charAt(i - 1) == skel.charAt(i + 1)
                ? i + 2
                : i + 1;
        String d = skel.substring(0, i) + skel.substring(next);
        if (!ks.contains(d)) {
          ks.add(d);
        }
      }
    }
  }

  /** Keys of the phonetic form of a short word, apart from skeleton keys. */
  private static final char SHORT_WORD = '#';

  /**
   * Skeletons of at most this many classes are keyed by their phonetic form's deletions rather than
   * their own: a two-class deletion key ("dm" of "adm") is shared by hundreds of unrelated words,
   * which would all be compared.
   */
  static final int SHORT_SKELETON = 3;

  /** Keys of the written letters of a short word, apart from the phonetic ones. */
  private static final char TYPED = '!';

  /**
   * A form of a word under its key prefix, and (from three letters) its one-letter deletions, so
   * that two forms one insertion, deletion or replacement apart share a key.
   */
  private static void deletionKeys(char prefix, String s, List<String> ks) {
    ks.add(prefix + s);
    if (s.length() < 3) {
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      String d = prefix + s.substring(0, i) + s.substring(i + 1);
      if (!ks.contains(d)) {
        ks.add(d);
      }
    }
  }

  /**
   * The blocking keys of one word, its skeleton first: the skeleton and its one-class deletions;
   * for a short skeleton also the phonetic form and its one-letter deletions (a typo in "Hani" or
   * "Ali" changes the skeleton and the skeleton has no deletions), and the written letters and
   * their one-letter deletions; for a word that starts with a glued article ("alsamman", "elhadi")
   * also the keys of the rest.
   */
  static List<String> wordKeys(PhoneticWord w) {
    String skel = w.skeleton;
    List<String> ks = new ArrayList<>(skel.length() + w.phon.length() + 2);
    addKeys(skel, skel.length() > SHORT_SKELETON, ks);
    String phon = w.phon;
    String t = w.text;
    if (skel.length() <= SHORT_SKELETON) {
      if (phon.length() >= 2) {
        deletionKeys(SHORT_WORD, phon, ks);
      }
      // the written letters too: a typing slip in a short word can change its phonetic form
      // beyond one deletion ("Azhar" is aJar, zh read as in Zhukov; "Azahr" is azahr), while
      // the letters stay one deletion apart ("azhr"); the scorer reads slips on the letters too
      // (TokenSimilarity.typo)
      if (t.length() >= 3) {
        deletionKeys(TYPED, t, ks);
      }
    }
    if (t.length() >= 6 && (t.startsWith("al") || t.startsWith("el"))) {
      String rest = Phonetic.skeleton(Phonetic.phonetic(t.substring(2)));
      addKeys(rest, rest.length() > SHORT_SKELETON, ks);
    }
    return ks;
  }

  static final class IntList {
    int[] a = new int[4];
    int n;

    void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    void addUnique(int v) {
      if (n > 0 && a[n - 1] == v) {
        return;
      }
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
