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

  private PhoneticWord(String text) {
    this.text = text;
    this.phon = Phonetic.phonetic(text);
    this.chars = phon.toCharArray();
    this.skeleton = Phonetic.skeleton(phon);
    this.indel = new double[chars.length];
    for (int i = 0; i < chars.length; i++) {
      indel[i] = TokenSimilarity.indel(phon, i);
    }
  }

  static PhoneticWord of(String text) {
    return new PhoneticWord(text);
  }
}
