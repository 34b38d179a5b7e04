package dev.atlas.extract;

import java.util.Arrays;
import java.util.List;

/**
 * A fixed list of lowercase keywords found in one pass over a text, as a trie walked from each
 * place a keyword can start, instead of one {@code indexOf} per keyword. An ASCII keyword must
 * start a word (no letter or digit before it) and end one (no letter after it, except after a
 * keyword ending in "ab", so "lab" also finds "labs"); a keyword with other characters (Chinese)
 * matches anywhere.
 */
final class KeywordIndex {
  private final int size;
  private final boolean[] ascii;
  private final boolean[] runsOn;
  /** The trie's first level by character (a table over the BMP, so no character is boxed). */
  private final Node[] first = new Node[Character.MAX_VALUE + 1];

  /** A trie node: the keywords ending here, and the nodes one character further. */
  private static final class Node {
    private int[] ends = new int[0];
    private char[] chars = new char[0];
    private Node[] next = new Node[0];

    Node child(char c) {
      for (int i = 0; i < chars.length; i++) {
        if (chars[i] == c) {
          return next[i];
        }
      }
      return null;
    }

    Node add(char c) {
      Node n = child(c);
      if (n == null) {
        n = new Node();
        chars = Arrays.copyOf(chars, chars.length + 1);
        next = Arrays.copyOf(next, next.length + 1);
        chars[chars.length - 1] = c;
        next[next.length - 1] = n;
      }
      return n;
    }
  }

  KeywordIndex(List<String> keywords) {
    size = keywords.size();
    ascii = new boolean[size];
    runsOn = new boolean[size];
    for (int k = 0; k < size; k++) {
      String w = keywords.get(k);
      if (w.isEmpty()) {
        throw new IllegalArgumentException("empty keyword");
      }
      ascii[k] = w.chars().allMatch(c -> c < 128);
      runsOn[k] = w.endsWith("ab");
      if (first[w.charAt(0)] == null) {
        first[w.charAt(0)] = new Node();
      }
      Node n = first[w.charAt(0)];
      for (int i = 1; i < w.length(); i++) {
        n = n.add(w.charAt(i));
      }
      n.ends = Arrays.copyOf(n.ends, n.ends.length + 1);
      n.ends[n.ends.length - 1] = k;
    }
  }

  /** Which keywords occur in {@code text} (already lowercase), by their index in the list. */
  boolean[] find(String text) {
    boolean[] found = new boolean[size];
    int len = text.length();
    boolean afterWord = false;
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      boolean startsWord = !afterWord;
      if (c < 128) {
        afterWord = WORD[c];
        if (!startsWord) {
          // inside a word, where no keyword starting with an ASCII character starts
          continue;
        }
      } else {
        afterWord = Character.isLetterOrDigit(c);
      }
      Node n = first[c];
      if (n == null) {
        continue;
      }
      // walk the trie along the text: n holds the keywords text[i, end) spells out
      int end = i + 1;
      while (n != null) {
        for (int k : n.ends) {
          if (!found[k] && (!ascii[k] || startsWord)) {
            found[k] = !ascii[k] || end >= len || !Character.isLetter(text.charAt(end)) || runsOn[k];
          }
        }
        n = end < len ? n.child(text.charAt(end)) : null;
        end++;
      }
    }
    return found;
  }

  /** For each ASCII character, whether it is a letter or a digit. */
  private static final boolean[] WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      WORD[c] = Character.isLetterOrDigit(c);
    }
  }
}
