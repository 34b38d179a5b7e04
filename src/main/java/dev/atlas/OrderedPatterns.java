package dev.atlas;

import java.util.Arrays;
import java.util.List;

/**
 * Guarded patterns tried in order on one text, as rule files list them ("the first rule that
 * matches decides"). The words every pattern needs are looked for in one pass over the text, by
 * their first character, and only the patterns whose words occur (or that need none) are run.
 */
public final class OrderedPatterns {
  private final List<GuardedPattern> patterns;
  /** The patterns that need no word: always run. */
  private final long always;
  /** For each character, the words starting with it, or null. */
  private final Words[] byFirst = new Words[Character.MAX_VALUE + 1];

  /** Words that start with one character, and for each the patterns that need it. */
  private record Words(String[] words, long[] patterns) {}

  /** The patterns, in the order they are tried; at most 64, none ignoring case. */
  public OrderedPatterns(List<GuardedPattern> patterns) {
    Validate.isTrue(patterns.size() <= Long.SIZE, "at most 64 patterns");
    this.patterns = List.copyOf(patterns);
    long none = 0;
    for (int p = 0; p < patterns.size(); p++) {
      GuardedPattern g = patterns.get(p);
      Validate.isTrue(g.pattern().flags() == 0, "patterns must match case as written");
      if (g.words() == null) {
        none |= 1L << p;
        continue;
      }
      for (String w : g.words()) {
        add(w, p);
      }
    }
    this.always = none;
  }

  private void add(String word, int pattern) {
    char c = word.charAt(0);
    Words known = byFirst[c] == null ? new Words(new String[0], new long[0]) : byFirst[c];
    int at = List.of(known.words()).indexOf(word);
    if (at < 0) {
      at = known.words().length;
      known = new Words(Arrays.copyOf(known.words(), at + 1), Arrays.copyOf(known.patterns(), at + 1));
      known.words()[at] = word;
      byFirst[c] = known;
    }
    known.patterns()[at] |= 1L << pattern;
  }

  /** The index of the first pattern that finds a match in {@code text}, or -1 when none does. */
  public int firstMatch(String text) {
    long candidates = always;
    for (int i = 0; i < text.length(); i++) {
      Words words = byFirst[text.charAt(i)];
      for (int w = 0; words != null && w < words.words().length; w++) {
        if (text.startsWith(words.words()[w], i)) {
          candidates |= words.patterns()[w];
        }
      }
    }
    for (int p = 0; p < patterns.size(); p++) {
      if ((candidates & 1L << p) != 0 && patterns.get(p).pattern().matcher(text).find()) {
        return p;
      }
    }
    return -1;
  }
}
