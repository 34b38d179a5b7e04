package dev.atlas.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of lowercase keywords found in one pass over a text, instead of one
 * {@code indexOf} per keyword. An ASCII keyword must start a word (no letter or digit before it)
 * and end one (no letter after it, except after a keyword ending in "ab", so "lab" also finds
 * "labs"); a keyword with other characters (Chinese) matches anywhere.
 */
final class KeywordIndex {
  private final String[] words;
  private final boolean[] ascii;
  /** Keyword indexes by their first character (a table over the BMP, so no character is boxed). */
  private final int[][] byFirst = new int[Character.MAX_VALUE + 1][];

  KeywordIndex(List<String> keywords) {
    int n = keywords.size();
    words = keywords.toArray(new String[0]);
    ascii = new boolean[n];
    Map<Character, List<Integer>> first = new HashMap<>();
    for (int k = 0; k < n; k++) {
      String w = words[k];
      if (w.isEmpty()) {
        throw new IllegalArgumentException("empty keyword");
      }
      ascii[k] = w.chars().allMatch(c -> c < 128);
      first.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(k);
    }
    first.forEach((c, ks) -> byFirst[c] = ks.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Which keywords occur in {@code text} (already lowercase), by their index in the list. */
  boolean[] find(String text) {
    boolean[] found = new boolean[words.length];
    int len = text.length();
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      int[] candidates = byFirst[c];
      if (candidates == null) {
        continue;
      }
      boolean startsWord = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      if (!startsWord && c < 128) {
        // an ASCII keyword starts a word; this character is inside one
        continue;
      }
      for (int k : candidates) {
        if (found[k] || (ascii[k] && !startsWord) || !text.startsWith(words[k], i)) {
          continue;
        }
        int end = i + words[k].length();
        found[k] = !ascii[k]
            || end >= len
            || !Character.isLetter(text.charAt(end))
            || words[k].endsWith("ab");
      }
    }
    return found;
  }
}
