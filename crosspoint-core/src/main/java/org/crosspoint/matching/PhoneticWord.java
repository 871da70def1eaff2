package org.crosspoint.matching;

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

  private PhoneticWord(String text) {
    this.text = text;
    this.phon = Phonetic.phonetic(text);
    this.chars = phon.toCharArray();
    this.skeleton = Phonetic.skeleton(phon);
    this.indel = new double[chars.length];
    for (int i = 0; i < chars.length; i++) {
      indel[i] = TokenSimilarity.indel(phon, i);
    }
    this.head = compoundHead(text);
    this.bare = gluedArticle(text) ? new PhoneticWord(text.substring(2)) : null;
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

  static PhoneticWord of(String text) {
    return new PhoneticWord(text);
  }
}
