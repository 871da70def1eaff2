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
 * once, and inverted lists from blocking keys to names.
 *
 * <p>Implementation notes. Blocking keys are each part's {@link Phonetic#skeleton skeleton} and,
 * for skeletons of three or more classes, every skeleton with one class deleted (the SymSpell
 * deletion neighbourhood, Garbe 2012). Two words whose skeletons are one edit apart share a key, so
 * a typo in a part still finds the name; spelling variants already share the skeleton. A query
 * accumulates, per name, the rarity weight of each of its parts that hit the name (full skeleton 1,
 * deletion neighbour 0.8) and only names holding a share of the query's weight are scored — the
 * index never scans every name.
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
  final Map<String, int[]> postings;

  /** Blocking key → the distinct words (vocabulary ids) that carry it. */
  final Map<String, int[]> wordPostings;

  /** The weights this segment's names were weighed with. */
  final PartRarity rarity;

  private IndexSegment(
      Entry[] entries,
      Map<String, Integer> entryIndex,
      int[] nameEntry,
      EntryName[] names,
      EncodedName[] encoded,
      boolean[] alertable,
      int[][] partVocab,
      PhoneticWord[] vocab,
      Map<String, int[]> postings,
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
    this.postings = postings;
    this.wordPostings = wordPostings;
    this.rarity = rarity;
  }

  int nameCount() {
    return names.length;
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
          for (String key : keys(en.skel[p], true)) {
            wordPost.computeIfAbsent(key, k -> new IntList()).addUnique(v);
          }
        }
        pv[p] = v;
        // one copy of each word and each written form across all names: a 1,000,000-name list
        // repeats a few hundred thousand words
        PhoneticWord shared = vWords.get(v);
        en.word[p] = shared;
        en.text[p] = shared.text;
        en.phon[p] = shared.phon;
        en.skel[p] = shared.skeleton;
        en.source[p] = sources.computeIfAbsent(en.source[p], x -> x);
        for (String key : keys(en.skel[p], true)) {
          post.computeIfAbsent(key, k -> new IntList()).addUnique(id);
        }
      }
      // two adjacent parts written as one word elsewhere ("Wali Jan" / "Walijan")
      for (int p = 0; p + 1 < en.size(); p++) {
        post.computeIfAbsent(joinedKey(en, p), k -> new IntList()).addUnique(id);
      }
      partVocab[id] = pv;
    }
    Map<String, int[]> postings = new HashMap<>(post.size() * 2);
    for (Map.Entry<String, IntList> e : post.entrySet()) {
      postings.put(e.getKey(), e.getValue().toArray());
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
        postings,
        wordPostings,
        rarity);
  }

  static String joinedKey(EncodedName en, int p) {
    return Phonetic.skeleton(Phonetic.phonetic(en.text[p] + en.text[p + 1]));
  }

  /** The full skeleton first, then (with deletions) its one-deletion neighbours. */
  static List<String> keys(String skel, boolean deletions) {
    List<String> ks = new ArrayList<>(skel.length() + 1);
    ks.add(skel);
    if (deletions && skel.length() >= 3) {
      for (int i = 0; i < skel.length(); i++) {
        String d = skel.substring(0, i) + skel.substring(i + 1);
        if (!ks.contains(d)) {
          ks.add(d);
        }
      }
    }
    return ks;
  }

  static final class IntList {
    int[] a = new int[4];
    int n;

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
