package org.crosspoint.matching;

import java.util.List;
import org.crosspoint.names.NameModel;
import org.crosspoint.names.NameModel.Role;
import org.crosspoint.names.NameNormalizer;

/**
 * A name normalised, parsed and encoded once (for listed names: at index time) so that scoring is
 * only arithmetic.
 */
final class EncodedName {
  final String[] text;
  final String[] phon;
  final PhoneticWord[] word;
  final String[] skel;
  final String[] source;
  final Role[] role;
  final int[] depth;
  final double[] weight;
  double totalWeight;
  final List<String> titles;

  /** The titles set aside, encoded, to recognise a misspelt title on the other side. */
  final PhoneticWord[] titleWord;

  /**
   * Per part, what NameScorer's article and short-form rules check before they read the text: the
   * text's length (bits 0-15) and first letter (16-31), whether the source writes an article apart
   * ("al-Kurd", bit 32), where the text's glued article ends ("alkurd" 2, "binalshibh" 5; bits
   * 33-35, 0 for none), a tribal name (36), a married name's form (37), an honorific that follows a
   * name (38), a name of origin (39) and the text's last letter (40-55). NameScorer's rule for
   * words written as one ("Walijan" / "Wali Jan") reads lengths and first and last letters here,
   * for every candidate with parts left on both sides.
   */
  final long[] shape;

  private EncodedName(NameNormalizer.Normalized n, PartRarity rarity) {
    List<NameModel.Part> parts = n.model().parts();
    int k = parts.size();
    text = new String[k];
    phon = new String[k];
    word = new PhoneticWord[k];
    skel = new String[k];
    source = new String[k];
    role = new Role[k];
    depth = new int[k];
    weight = new double[k];
    double tw = 0;
    for (int i = 0; i < k; i++) {
      NameModel.Part p = parts.get(i);
      text[i] = p.text();
      word[i] = PhoneticWord.ofPart(p.text(), p.source());
      phon[i] = word[i].phon;
      skel[i] = word[i].skeleton;
      source[i] = p.source();
      role[i] = p.role();
      depth[i] = p.depth();
      weight[i] = rarity.weight(word[i]);
      tw += weight[i];
    }
    totalWeight = tw;
    shape = new long[k];
    for (int i = 0; i < k; i++) {
      shape[i] = shapeOf(text[i], source[i]);
    }
    titles = n.titles();
    titleWord = new PhoneticWord[titles.size()];
    for (int i = 0; i < titleWord.length; i++) {
      titleWord[i] = PhoneticWord.of(titles.get(i));
    }
  }

  static long shapeOf(String text, String source) {
    long shape =
        Math.min(text.length(), 0xFFFF) | (long) (text.isEmpty() ? 0 : text.charAt(0)) << 16;
    if (source.length() >= 4
        && source.indexOf(' ') == 2
        && (Character.toLowerCase(source.charAt(0)) == 'a'
            || Character.toLowerCase(source.charAt(0)) == 'e')
        && Character.toLowerCase(source.charAt(1)) == 'l') {
      shape |= 1L << 32;
    }
    int from =
        text.startsWith("al") || text.startsWith("el")
            ? 2
            : (text.startsWith("binal") || text.startsWith("benal") || text.startsWith("ibnal"))
                ? 5
                : 0;
    if (from > 0 && text.length() - from >= 3 && source.indexOf(' ') < 0) {
      shape |= (long) from << 33;
    }
    if (NameScorer.isTribalName(text)) {
      shape |= 1L << 36;
    }
    if (NameScorer.isMarriedForm(source)) {
      shape |= 1L << 37;
    }
    if (NameScorer.isHonorific(text)) {
      shape |= 1L << 38;
    }
    if (NameScorer.isNameOfOrigin(text)) {
      shape |= 1L << 39;
    }
    if (!text.isEmpty()) {
      shape |= (long) text.charAt(text.length() - 1) << 40;
    }
    return shape;
  }

  /** A Pashtun tribal name (NameScorer.isTribalName), bit 36. */
  static boolean tribal(long shape) {
    return (shape & 1L << 36) != 0;
  }

  /** An honorific that follows a name (NameScorer.isHonorific), bit 38. */
  static boolean honorific(long shape) {
    return (shape & 1L << 38) != 0;
  }

  /** A name of origin (NameScorer.isNameOfOrigin), bit 39. */
  static boolean nameOfOrigin(long shape) {
    return (shape & 1L << 39) != 0;
  }

  /** A source written "de" and one word (NameScorer.isMarriedForm), bit 37. */
  static boolean marriedForm(long shape) {
    return (shape & 1L << 37) != 0;
  }

  static int length(long shape) {
    return (int) (shape & 0xFFFF);
  }

  static char firstLetter(long shape) {
    return (char) (shape >>> 16 & 0xFFFF);
  }

  static char lastLetter(long shape) {
    return (char) (shape >>> 40 & 0xFFFF);
  }

  /**
   * Whether a word may be two adjacent words written as one (NameScorer's joined-word rule, before
   * it builds the joined word): lengths within three letters, the same first and last letters.
   */
  static boolean mayJoin(long first, long second, long whole) {
    return Math.abs(length(first) + length(second) - length(whole)) <= 3
        && firstLetter(first) == firstLetter(whole)
        && lastLetter(second) == lastLetter(whole);
  }

  static boolean articleApart(long shape) {
    return (shape & 1L << 32) != 0;
  }

  static int gluedFrom(long shape) {
    return (int) (shape >>> 33 & 7);
  }

  /**
   * Whether one part may be a short form of the other (NameScorer.shortForm): four letters or more,
   * three or more left over, the same first letter.
   */
  static boolean mayBeShortForm(long a, long b) {
    int la = (int) (a & 0xFFFF);
    int lb = (int) (b & 0xFFFF);
    return Math.min(la, lb) >= 4
        && Math.abs(la - lb) >= 3
        && (a >>> 16 & 0xFFFF) == (b >>> 16 & 0xFFFF);
  }

  static EncodedName of(String name, PartRarity rarity) {
    return new EncodedName(NameNormalizer.standard().normalize(name), rarity);
  }

  /** Weights again under another rarity table (an index learns its own part frequencies). */
  void reweight(PartRarity rarity) {
    double tw = 0;
    for (int i = 0; i < text.length; i++) {
      weight[i] = rarity.weight(word[i]);
      tw += weight[i];
    }
    totalWeight = tw;
  }

  int size() {
    return text.length;
  }
}
