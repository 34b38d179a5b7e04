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
  private final int[][] byAsciiFirst = new int[128][];
  private final Map<Character, int[]> byOtherFirst = new HashMap<>();

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
    first.forEach((c, ks) -> {
      int[] ids = ks.stream().mapToInt(Integer::intValue).toArray();
      if (c < 128) {
        byAsciiFirst[c] = ids;
      } else {
        byOtherFirst.put(c, ids);
      }
    });
  }

  /** Which keywords occur in {@code text} (already lowercase), by their index in the list. */
  boolean[] find(String text) {
    boolean[] found = new boolean[words.length];
    int len = text.length();
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      int[] candidates = c < 128 ? byAsciiFirst[c] : byOtherFirst.get(c);
      if (candidates == null) {
        continue;
      }
      boolean startsWord = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
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
