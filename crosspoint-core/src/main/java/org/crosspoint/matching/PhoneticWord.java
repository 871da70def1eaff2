package org.crosspoint.matching;

import org.crosspoint.names.Slip;

/**
 * One name word ready for {@link TokenSimilarity}: its text, its {@link Phonetic} form as chars and
 * the insert/delete cost of each position, computed once (at index time for listed words) so that
 * the distance loop does nothing but arithmetic.
 */
final class PhoneticWord {
  final String text;
  final String phon;
  final char[] chars;
  final double[] indel;
  final String skeleton;

  /**
   * For a compound given name ("Nasiruddin", "Shafiqullah", canonical after {@link
   * org.crosspoint.names.NameModel}) its head word ("Nasir", "Shafiq"), by which the person is
   * often known; null otherwise.
   */
  final PhoneticWord head;

  /**
   * For a nisba the name model split off a glued article ("Alziai" read as al-Ziai), the word as
   * written ("alziai"): a typing slip can make a glued article of a name's first letters ("Alexei"
   * / "Alxeei"), and the other name may keep the article on ("Alrawe" / "Alrawi"). Null otherwise.
   */
  final PhoneticWord written;

  private PhoneticWord(String text) {
    this(text, null);
  }

  /**
   * What makes this word what it is for {@link TokenSimilarity}: its text and, if any, its written
   * form. Caches of similarities are keyed by it.
   */
  final String cacheKey;

  /** The set of letters of {@link #text}, one bit each (a-z; others share the upper bits). */
  final long letters;

  /** The set of consonant classes of {@link #skeleton}, as {@link #letters}. */
  final long skeletonLetters;

  private PhoneticWord(String text, String written) {
    this.written = written == null ? null : new PhoneticWord(written);
    this.text = text;
    this.cacheKey = written == null ? text : text + '\u0000' + written;
    this.letters = letterSet(text);
    this.phon = Phonetic.phonetic(text);
    this.chars = phon.toCharArray();
    this.skeleton = Phonetic.skeleton(phon);
    this.indel = new double[chars.length];
    for (int i = 0; i < chars.length; i++) {
      indel[i] = TokenSimilarity.indel(phon, i);
    }
    this.skeletonLetters = letterSet(skeleton);
    this.head = compoundHead(text);
    this.bare = gluedArticle(text) ? new PhoneticWord(text.substring(2)) : null;
    this.afterAbd = afterAbd(text);
    this.spelledTwoWays =
        (phon.indexOf('x') >= 0 ? X : 0)
            | (phon.contains("ks") ? KS : 0)
            | (phon.indexOf('S') >= 0 ? SH : 0)
            | (phon.contains("sy") || phon.contains("sj") ? SY : 0);
  }

  /**
   * Which sounds written one letter in one romanisation and two in another this word holds, one bit
   * each: x, ks, sh, sy (or sj). {@link TokenSimilarity}'s edit distance tries those operations
   * only for a pair that has one form on each side ({@link #twoLetterOps}).
   */
  private final int spelledTwoWays;

  private static final int X = 1;
  private static final int KS = 2;
  private static final int SH = 4;
  private static final int SY = 8;

  /** Whether x meets ks or sh meets sy between the two words. */
  static boolean twoLetterOps(PhoneticWord a, PhoneticWord b) {
    int p = a.spelledTwoWays;
    int q = b.spelledTwoWays;
    return ((p & X) != 0 && (q & KS) != 0)
        || ((q & X) != 0 && (p & KS) != 0)
        || ((p & SH) != 0 && (q & SY) != 0)
        || ((q & SH) != 0 && (p & SY) != 0);
  }

  private static PhoneticWord afterAbd(String text) {
    if (text.length() < 3 + ABD_NAME_MIN || !text.startsWith("abd")) {
      return null;
    }
    PhoneticWord name = new PhoneticWord(text.substring(3));
    return SERVANT_OF_A_PERSON.contains(name.skeleton) ? null : name;
  }

  /**
   * Skeletons of the names after "abd" that are a person's, not God's: the Shia names Abd al-Husayn
   * and Abd al-Hasan, Abd al-Nabi, Abd al-Rasul, Abd al-Zahra, Abd al-Amir, Abd al-Ali, Abd al-Rida
   * / Reza, Abd al-Mahdi and the old Abd al-Muttalib. Without "abd" they are the names of other men
   * ("Abdolhassan" is not "Hassan"), so such a name has no short form.
   */
  private static final java.util.Set<String> SERVANT_OF_A_PERSON =
      java.util.Set.of("hsn", "nb", "rsl", "zr", "amr", "al", "rd", "rz", "md", "mtlb");

  /**
   * For a name of "abd" and a divine name ("abdaziz" for Abdul Aziz, "abdrosyid"; canonical after
   * {@link org.crosspoint.names.NameModel}) that name ("aziz", "rosyid"), by which such a person is
   * often called; null otherwise, for "Abdullah" ("abdlah") and for a name of a person after "abd"
   * ({@link #SERVANT_OF_A_PERSON}).
   */
  final PhoneticWord afterAbd;

  private static final int ABD_NAME_MIN = 4;

  /**
   * Whether some form of one word (itself, its head, its bare form, its written form) has a
   * skeleton equal to or one class edit from some form of the other.
   */
  static boolean formsNear(PhoneticWord a, PhoneticWord b) {
    return anyFormNear(a, b)
        || (a.head != null && anyFormNear(a.head, b))
        || (a.bare != null && anyFormNear(a.bare, b))
        || (a.written != null && anyFormNear(a.written, b))
        || (a.afterAbd != null && anyFormNear(a.afterAbd, b));
  }

  private static boolean anyFormNear(PhoneticWord x, PhoneticWord b) {
    return skeletonsNear(x, b)
        || (b.head != null && skeletonsNear(x, b.head))
        || (b.bare != null && skeletonsNear(x, b.bare))
        || (b.written != null && skeletonsNear(x, b.written))
        || (b.afterAbd != null && skeletonsNear(x, b.afterAbd));
  }

  /** Equal skeletons, or one class replaced, added, dropped or two swapped. */
  static boolean skeletonsNear(PhoneticWord x, PhoneticWord y) {
    return x.skeleton.equals(y.skeleton) || Slip.find(x.skeleton, y.skeleton) >= 0;
  }

  /**
   * An initial, a compound with its head, a word with a glued article in either direction, or an
   * "abd" name with the name after it: {@link TokenSimilarity} reads such a word through its other
   * form too, so its similarity is not bounded by its own letters.
   */
  boolean hasOtherForm() {
    return text.length() == 1
        || written != null
        || head != null
        || bare != null
        || afterAbd != null;
  }

  /**
   * For a word of seven letters or more with the article glued on ("Alsamman", "Elhasan"; the name
   * model splits it off only from a nisba, since "Albert" and "Elvira" start so too) the word
   * without it; null otherwise.
   */
  final PhoneticWord bare;

  private static boolean gluedArticle(String text) {
    return text.length() >= 7
        && (text.startsWith("al") || text.startsWith("el"))
        && !Phonetic.isVowel(text.charAt(2))
        && text.charAt(2) != 'l';
  }

  private static PhoneticWord compoundHead(String text) {
    for (String suffix : COMPOUND_SUFFIXES) {
      if (text.length() >= suffix.length() + 3 && text.endsWith(suffix)) {
        return new PhoneticWord(text.substring(0, text.length() - suffix.length()));
      }
    }
    return null;
  }

  /** The canonical compound endings NameModel writes ("-ud-Din", "-Ullah" in every spelling). */
  private static final String[] COMPOUND_SUFFIXES = {"uddin", "ullah"};

  /**
   * One bit per letter: a-z their own, any other character one of the upper 38 bits. Two letters
   * sharing a bit only make {@link TokenSimilarity#typo}'s letter-set check let more pairs through.
   */
  static long letterSet(String text) {
    long set = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      set |= 1L << (c >= 'a' && c <= 'z' ? c - 'a' : 26 + c % 38);
    }
    return set;
  }

  static PhoneticWord of(String text) {
    PhoneticWord w = RECENT.get(text);
    if (w == null) {
      w = remember(text, new PhoneticWord(text));
    }
    return w;
  }

  /**
   * Words encoded lately, by {@link #cacheKey}: a word is immutable, and screening encodes the same
   * given names and family names for traveller after traveller (encoding was 6% of the CPU of
   * {@code screen --batch}). Cleared when full rather than evicted one by one.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, PhoneticWord> RECENT =
      new java.util.concurrent.ConcurrentHashMap<>();

  static final int RECENT_WORDS = 1 << 16;

  private static PhoneticWord remember(String key, PhoneticWord w) {
    if (RECENT.size() >= RECENT_WORDS) {
      RECENT.clear();
    }
    RECENT.put(key, w);
    return w;
  }

  /**
   * A part of a name as {@link org.crosspoint.names.NameModel} read it, with its source as written:
   * when the source is the part with a glued article before it ("ALZIAI" for "ziai"), the word
   * remembers that written form ({@link #written}).
   */
  static PhoneticWord ofPart(String text, String source) {
    boolean glued =
        source.length() == text.length() + 2
            && (source.regionMatches(true, 0, "al", 0, 2)
                || source.regionMatches(true, 0, "el", 0, 2))
            && source.regionMatches(true, 2, text, 0, text.length());
    if (!glued) {
      return of(text);
    }
    String written = source.substring(0, 2).toLowerCase(java.util.Locale.ROOT) + text;
    String key = text + '\u0000' + written;
    PhoneticWord w = RECENT.get(key);
    return w != null ? w : remember(key, new PhoneticWord(text, written));
  }
}
