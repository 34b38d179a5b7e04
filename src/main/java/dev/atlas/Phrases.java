package dev.atlas;

import java.util.List;

/**
 * A fixed set of literal phrases found in text ignoring ASCII case, with {@code indexOf} rather
 * than a case-insensitive regex alternation (which tries every alternative at every position).
 * A phrase written {@code \bword\b} must stand as a whole word (no letter, digit or underscore on
 * either side), as the regex word boundary would require.
 */
public final class Phrases {
  private final String[] phrases;
  private final boolean[] wordStart;
  private final boolean[] wordEnd;

  private Phrases(List<String> phrases) {
    int n = phrases.size();
    this.phrases = new String[n];
    this.wordStart = new boolean[n];
    this.wordEnd = new boolean[n];
    for (int i = 0; i < n; i++) {
      String p = phrases.get(i);
      wordStart[i] = p.startsWith("\\b");
      wordEnd[i] = p.endsWith("\\b") && p.length() > 2;
      p = p.substring(wordStart[i] ? 2 : 0, p.length() - (wordEnd[i] ? 2 : 0));
      Validate.isTrue(!p.isEmpty(), "empty phrase");
      this.phrases[i] = lowerAscii(p);
    }
  }

  /** The phrases given, each plain text or wrapped in {@code \b} for a whole word. */
  public static Phrases of(String... phrases) {
    return new Phrases(List.of(phrases));
  }

  /** True when any phrase occurs in {@code text}. */
  public boolean in(CharSequence text) {
    return find(text) >= 0;
  }

  /** The index where the earliest phrase occurrence starts in {@code text}, or -1. */
  public int find(CharSequence text) {
    String lower = lowerAscii(text);
    int best = -1;
    for (int p = 0; p < phrases.length; p++) {
      String phrase = phrases[p];
      int i = lower.indexOf(phrase);
      while (i >= 0 && (best < 0 || i < best)) {
        if (boundaryOk(lower, i, p)) {
          best = i;
          break;
        }
        i = lower.indexOf(phrase, i + 1);
      }
    }
    return best;
  }

  private boolean boundaryOk(String text, int at, int p) {
    if (wordStart[p] && at > 0 && isWordChar(text.charAt(at - 1))) {
      return false;
    }
    int end = at + phrases[p].length();
    return !wordEnd[p] || end >= text.length() || !isWordChar(text.charAt(end));
  }

  private static boolean isWordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  /** Lowercases A-Z only, so indexes stay those of the original text. */
  static String lowerAscii(CharSequence s) {
    int n = s.length();
    int i = 0;
    while (i < n && (s.charAt(i) < 'A' || s.charAt(i) > 'Z')) {
      i++;
    }
    if (i == n) {
      return s.toString();
    }
    char[] out = new char[n];
    for (int j = 0; j < n; j++) {
      char c = s.charAt(j);
      out[j] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return new String(out);
  }
}
