package org.crosspoint.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hangul names → Latin as Korean names are written on passports and sanctions lists: each syllable
 * a word ("김정은" → Kim Jong Un; the lists write "KIM Jong Un", South Korean passports "PARK
 * Ji-sung", which the tokeniser splits at the hyphen), the common family names in their usual
 * spellings (김 Kim, 박 Park, 이 Lee, 최 Choi), other syllables by McCune-Reischauer without breves (ㅓ
 * and ㅡ as o and u), which North Korean names on the UN list follow.
 *
 * <p>Why not ICU: its Hangul-Latin writes Revised Romanisation without syllable breaks ("gimjeong-
 * eun"), which meets neither list's spelling.
 */
final class KoreanRomanizer {
  private KoreanRomanizer() {}

  private static final String[] INITIAL = {
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h"
  };

  private static final String[] VOWEL = {
    "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "u", "ui", "i"
  };

  private static final String[] FINAL = {
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", ""
  };

  /** Family names in the spelling their bearers use, by frequency (about 85% of Koreans). */
  private static final Map<Character, String> FAMILY =
      Map.ofEntries(
          Map.entry('김', "Kim"),
          Map.entry('이', "Lee"),
          Map.entry('리', "Ri"),
          Map.entry('박', "Park"),
          Map.entry('최', "Choi"),
          Map.entry('정', "Jung"),
          Map.entry('강', "Kang"),
          Map.entry('조', "Cho"),
          Map.entry('윤', "Yoon"),
          Map.entry('장', "Jang"),
          Map.entry('임', "Lim"),
          Map.entry('림', "Rim"),
          Map.entry('한', "Han"),
          Map.entry('오', "Oh"),
          Map.entry('서', "Seo"),
          Map.entry('신', "Shin"),
          Map.entry('권', "Kwon"),
          Map.entry('황', "Hwang"),
          Map.entry('안', "Ahn"),
          Map.entry('송', "Song"),
          Map.entry('류', "Ryu"),
          Map.entry('전', "Jeon"),
          Map.entry('홍', "Hong"),
          Map.entry('고', "Ko"),
          Map.entry('문', "Moon"),
          Map.entry('양', "Yang"),
          Map.entry('손', "Son"),
          Map.entry('배', "Bae"),
          Map.entry('백', "Baek"),
          Map.entry('허', "Heo"),
          Map.entry('유', "Yoo"),
          Map.entry('남', "Nam"),
          Map.entry('심', "Shim"),
          Map.entry('노', "Noh"),
          Map.entry('하', "Ha"),
          Map.entry('곽', "Kwak"),
          Map.entry('성', "Sung"),
          Map.entry('차', "Cha"),
          Map.entry('주', "Joo"),
          Map.entry('우', "Woo"),
          Map.entry('구', "Koo"),
          Map.entry('민', "Min"),
          Map.entry('진', "Jin"),
          Map.entry('지', "Ji"));

  /** Whether the word is written in Hangul syllables. */
  static boolean isHangul(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!isSyllable(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSyllable(char c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }

  /**
   * The syllables of a Hangul word as words; the first read as a family name when {@code
   * familyFirst} (the word opens the name) and the word has two syllables or more.
   */
  static List<String> romanize(String word, boolean familyFirst) {
    List<String> out = new ArrayList<>(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      String family = i == 0 && familyFirst && word.length() >= 2 ? FAMILY.get(c) : null;
      if (family != null) {
        out.add(family);
        continue;
      }
      int s = c - 0xAC00;
      String r = INITIAL[s / 588] + VOWEL[(s % 588) / 28] + FINAL[s % 28];
      out.add(Character.toUpperCase(r.charAt(0)) + r.substring(1));
    }
    return out;
  }
}
