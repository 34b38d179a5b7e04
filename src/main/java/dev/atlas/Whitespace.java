package dev.atlas;

/**
 * The whitespace of a pattern's {@code \s} (space, tab, line feed, vertical tab, form feed,
 * carriage return), and the check that spares a text the pattern that collapses it.
 */
public final class Whitespace {
  private Whitespace() {}

  /** True for the characters {@code \s} matches. */
  public static boolean isPatternSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /**
   * True when every run of {@code \s} characters in {@code s} is a single space, so replacing
   * each run by one space ({@code \s+} by " ") leaves {@code s} as it is.
   */
  public static boolean isSpacedOnce(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isPatternSpace(c) && (c != ' ' || i + 1 < s.length() && isPatternSpace(s.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }
}
