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
      weight[i] = rarity.weight(text[i], skel[i]);
      tw += weight[i];
    }
    totalWeight = tw;
    titles = n.titles();
    titleWord = new PhoneticWord[titles.size()];
    for (int i = 0; i < titleWord.length; i++) {
      titleWord[i] = PhoneticWord.of(titles.get(i));
    }
  }

  static EncodedName of(String name, PartRarity rarity) {
    return new EncodedName(NameNormalizer.standard().normalize(name), rarity);
  }

  /** Weights again under another rarity table (an index learns its own part frequencies). */
  void reweight(PartRarity rarity) {
    double tw = 0;
    for (int i = 0; i < text.length; i++) {
      weight[i] = rarity.weight(text[i], skel[i]);
      tw += weight[i];
    }
    totalWeight = tw;
  }

  int size() {
    return text.length;
  }
}
