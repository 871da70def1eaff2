package org.crosspoint.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lower case with {@link Locale#ROOT} (never the platform's: Turkish would turn "I" into dotless
 * "ı"), diacritics removed (NFD, combining marks dropped) and the Latin letters that do not
 * decompose spelled out (ß → ss, ø → o, ł → l, đ → d, æ → ae, œ → oe, þ → th, ı → i). Output is
 * ASCII a–z only; a word with nothing left is dropped.
 */
final class FoldCase implements NameStage {
  @Override
  public List<String> apply(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      String f = fold(t);
      if (!f.isEmpty()) {
        out.add(f);
      }
    }
    return out;
  }

  static String fold(String t) {
    boolean ascii = true;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return t.toLowerCase(Locale.ROOT);
    }
    String d = Normalizer.normalize(t, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = Character.toLowerCase(d.charAt(i));
      if (c >= 'a' && c <= 'z') {
        sb.append(c);
        continue;
      }
      switch (c) {
        case 'ß' -> sb.append("ss");
        case 'ø' -> sb.append('o');
        case 'ł' -> sb.append('l');
        case 'đ', 'ð' -> sb.append('d');
        case 'æ' -> sb.append("ae");
        case 'œ' -> sb.append("oe");
        case 'þ' -> sb.append("th");
        case 'ı' -> sb.append('i');
        case 'ħ' -> sb.append('h');
        default -> {
          // combining marks and anything else non-letter: dropped
        }
      }
    }
    return sb.toString();
  }
}
