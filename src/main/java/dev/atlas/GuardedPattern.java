package dev.atlas;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Pattern;

/**
 * A regular expression together with words one of which every match of it holds, read from the
 * expression itself ("reddit|讨论$|^threads?$" holds "reddit", "讨论" or "thread"). A text holding
 * none of them is passed over without running the expression, which for an alternation of many
 * words tries every word at every position. The reading knows literals, escaped punctuation,
 * quoted text, groups, alternation, classes, anchors and quantifiers; an expression with anything else
 * (lookaround, inline flags, back references) gets no words and is always run.
 */
public final class GuardedPattern {
  private final Pattern pattern;
  private final boolean ignoreCase;
  /** Lowercased when the pattern ignores case; null when every text must be tried. */
  private final String[] words;
  /** False when a match may depend on the text before it (a word boundary, a lookbehind). */
  private final boolean contextFree;
  /** For each character, 0 not yet known, 1 when no match starts with it, 2 when one may; made at first use. */
  private volatile byte[] firsts;
  /** Pairs of characters learnt, as (pair << 2 | 1 when no match starts with them, 2 when one may), by hash; made at first use. */
  private volatile AtomicLongArray pairs;
  private static final int PAIR_BITS = 12;

  private GuardedPattern(Pattern pattern) {
    this.pattern = pattern;
    this.ignoreCase = pattern.flags() == Pattern.CASE_INSENSITIVE;
    Set<String> found = pattern.flags() == 0 || ignoreCase ? new Reader(pattern.pattern()).words() : null;
    this.words = found == null ? null : withoutLonger(found.stream().map(w -> ignoreCase ? Phrases.lowerAscii(w) : w).toList());
    String re = pattern.pattern();
    this.contextFree = !re.contains("\\b") && !re.contains("\\B") && !re.contains("\\G") && !re.contains("(?<=")
        && !re.contains("(?<!");
  }

  /** The words without those holding another of them: a text holding the longer holds the shorter. */
  private static String[] withoutLonger(List<String> words) {
    return words.stream().distinct()
        .filter(w -> words.stream().noneMatch(o -> o.length() < w.length() && w.contains(o)))
        .toArray(String[]::new);
  }

  /** Compiles {@code regex} with {@code flags} (0 or {@link Pattern#CASE_INSENSITIVE} for words to be read). */
  public static GuardedPattern compile(String regex, int flags) {
    return new GuardedPattern(Pattern.compile(Validate.notNull(regex, "regex"), flags));
  }

  /** The expression. */
  public Pattern pattern() {
    return pattern;
  }

  /** The words one of which every match holds (lowercased for a pattern that ignores case), or null when unknown. */
  public List<String> words() {
    return words == null ? null : List.of(words);
  }

  /** True when the pattern matches somewhere in {@code text}: {@code pattern().matcher(text).find()}. */
  public boolean find(String text) {
    return mayMatch(text) && pattern.matcher(text).find();
  }

  /** False when {@code text} holds none of the words, so the pattern cannot match in it. */
  public boolean mayMatch(String text) {
    if (words == null) {
      return true;
    }
    String t = ignoreCase ? Phrases.lowerAscii(text) : text;
    for (String w : words) {
      if (t.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * False when no match can start with {@code c}. Learnt by trying the pattern on {@code c} alone,
   * once a character: a match starting with it either matches there or runs past its end. A
   * pattern whose start depends on the text before it (a word boundary, a lookbehind) gets true
   * for every character, as do the halves of surrogate pairs.
   */
  public boolean mayStartWith(char c) {
    if (!contextFree || Character.isSurrogate(c)) {
      return true;
    }
    byte[] known = firsts;
    if (known == null) {
      firsts = known = new byte[Character.MAX_VALUE + 1];
    }
    if (known[c] == 0) {
      known[c] = tryOn(String.valueOf(c)) ? (byte) 2 : (byte) 1;
    }
    return known[c] == 2;
  }

  /**
   * False when no match can start at {@code i} of {@code text}: as {@link #mayStartWith(char)},
   * learnt from the two characters there (remembered in a small table, the last pair wins a slot).
   */
  public boolean mayStartAt(CharSequence text, int i) {
    char c = text.charAt(i);
    boolean may = mayStartWith(c);
    if (!may || !contextFree || i + 1 >= text.length()) {
      return may;
    }
    char d = text.charAt(i + 1);
    if (Character.isSurrogate(c) || Character.isSurrogate(d)) {
      return true;
    }
    AtomicLongArray known = pairs;
    if (known == null) {
      pairs = known = new AtomicLongArray(1 << PAIR_BITS);
    }
    long pair = (long) c << 16 | d;
    int slot = (int) (pair * 0x9E3779B97F4A7C15L >>> (64 - PAIR_BITS));
    long entry = known.get(slot);
    if (entry >>> 2 != pair || entry == 0) {
      entry = pair << 2 | (tryOn(new String(new char[] {c, d})) ? 2 : 1);
      known.set(slot, entry);
    }
    return (entry & 3) == 2;
  }

  /** True when a match can start with {@code head}: the pattern matches it, or runs past its end. */
  private boolean tryOn(String head) {
    java.util.regex.Matcher m = pattern.matcher(head);
    return m.lookingAt() || m.hitEnd();
  }

  /** Reads an expression's required words, one position at a time; null for what it cannot read. */
  private static final class Reader {
    private final String re;
    private int at;

    Reader(String re) {
      this.re = re;
    }

    Set<String> words() {
      try {
        Set<String> words = alternation();
        return at == re.length() ? words : null;
      } catch (Unreadable e) {
        return null;
      }
    }

    /** Alternatives up to a ')' or the end: every one must give words. */
    private Set<String> alternation() {
      Set<String> all = new LinkedHashSet<>();
      boolean known = true;
      while (true) {
        Set<String> one = sequence();
        if (one == null) {
          known = false;
        } else {
          all.addAll(one);
        }
        if (at < re.length() && re.charAt(at) == '|') {
          at++;
          continue;
        }
        return known && !all.isEmpty() ? all : null;
      }
    }

    /**
     * One alternative: its best requirement, a run of literal characters or a group that must
     * occur; the best has the longest shortest word, then the fewest words.
     */
    private Set<String> sequence() {
      List<Set<String>> options = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      while (at < re.length() && re.charAt(at) != '|' && re.charAt(at) != ')') {
        char c = re.charAt(at);
        Set<String> group = null;
        String literal = null;
        if (c == '(') {
          at++;
          if (re.startsWith("?:", at)) {
            at += 2;
          } else if (at < re.length() && re.charAt(at) == '?') {
            throw new Unreadable();
          }
          group = alternation();
          expect(')');
        } else if (c == '[') {
          skipClass();
        } else if (re.startsWith("\\Q", at)) {
          // quoted text: its characters are literals, and a quantifier after it takes the last one
          int close = re.indexOf("\\E", at + 2);
          String quoted = re.substring(at + 2, close < 0 ? re.length() : close);
          at = close < 0 ? re.length() : close + 2;
          if (quoted.isEmpty()) {
            throw new Unreadable();
          }
          int last = quoted.length() - Character.charCount(quoted.codePointBefore(quoted.length()));
          run.append(quoted, 0, last);
          literal = quoted.substring(last);
        } else if (c == '\\') {
          literal = escape();
        } else if (c == '.' || c == '^' || c == '$') {
          at++;
        } else if ("?*+{]}".indexOf(c) >= 0) {
          throw new Unreadable();
        } else {
          // one code point: a quantifier after a surrogate pair applies to both halves
          int n = Character.charCount(re.codePointAt(at));
          literal = re.substring(at, at + n);
          at += n;
        }
        int min = quantifier();
        if (literal != null && min != 0) {
          run.append(literal);
        }
        if (literal == null || min != 1) {
          // the run ends here: what follows is not next to it in every match
          keep(run, options);
        }
        if (group != null && min != 0) {
          options.add(group);
        }
      }
      keep(run, options);
      Set<String> best = null;
      for (Set<String> o : options) {
        if (best == null || shortest(o) > shortest(best) || shortest(o) == shortest(best) && o.size() < best.size()) {
          best = o;
        }
      }
      return best;
    }

    private static void keep(StringBuilder run, List<Set<String>> options) {
      if (run.length() > 0) {
        options.add(Set.of(run.toString()));
        run.setLength(0);
      }
    }

    private static int shortest(Set<String> words) {
      return words.stream().mapToInt(String::length).min().orElse(0);
    }

    /** Reads a quantifier if one follows, returning the least count it allows: 1 when none, 0, or more. */
    private int quantifier() {
      if (at >= re.length()) {
        return 1;
      }
      char c = re.charAt(at);
      int min;
      if (c == '?' || c == '*') {
        min = 0;
        at++;
      } else if (c == '+') {
        min = 2;
        at++;
      } else if (c == '{') {
        int close = re.indexOf('}', at);
        if (close < 0) {
          throw new Unreadable();
        }
        String[] bounds = re.substring(at + 1, close).split(",", -1);
        try {
          int least = Integer.parseInt(bounds[0]);
          int most = bounds.length == 1 ? least : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
          min = least == 0 ? 0 : least == 1 && most == 1 ? 1 : 2;
        } catch (NumberFormatException e) {
          throw new Unreadable();
        }
        at = close + 1;
      } else {
        return 1;
      }
      if (at < re.length() && (re.charAt(at) == '?' || re.charAt(at) == '+')) {
        at++;
      }
      return min;
    }

    /** Reads an escape: the character for escaped punctuation, null for a class or a boundary. */
    private String escape() {
      if (at + 1 >= re.length()) {
        throw new Unreadable();
      }
      char e = re.charAt(at + 1);
      at += 2;
      if (e < 128 && !Character.isLetterOrDigit(e)) {
        return String.valueOf(e);
      }
      if ("sSdDwWbBhHvV".indexOf(e) >= 0) {
        return null;
      }
      if ((e == 'p' || e == 'P') && at < re.length() && re.charAt(at) == '{') {
        int close = re.indexOf('}', at);
        if (close < 0) {
          throw new Unreadable();
        }
        at = close + 1;
        return null;
      }
      throw new Unreadable();
    }

    /** Skips a character class "[…]"; nested classes are not read. */
    private void skipClass() {
      int i = at + 1;
      if (i < re.length() && re.charAt(i) == '^') {
        i++;
      }
      if (i < re.length() && re.charAt(i) == ']') {
        i++;
      }
      while (i < re.length() && re.charAt(i) != ']') {
        char c = re.charAt(i);
        if (c == '[' || c == '&') {
          throw new Unreadable();
        }
        i += c == '\\' ? 2 : 1;
      }
      if (i >= re.length()) {
        throw new Unreadable();
      }
      at = i + 1;
    }

    private void expect(char c) {
      if (at >= re.length() || re.charAt(at) != c) {
        throw new Unreadable();
      }
      at++;
    }
  }

  /** Thrown inside the reader at a construct it does not know. */
  private static final class Unreadable extends RuntimeException {
    Unreadable() {
      super(null, null, false, false);
    }
  }
}
