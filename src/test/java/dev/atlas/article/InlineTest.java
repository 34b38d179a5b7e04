package dev.atlas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InlineTest {
  @Test
  void isSpaceIsJavasWhitespacePlusNoBreakAndIdeographicSpaceForEveryChar() {
    int spaces = 0;
    for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean expected = Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000';
      assertEquals(expected, Inline.isSpace(c), () -> String.format("U+%04X", (int) c));
      spaces += expected ? 1 : 0;
    }
    assertEquals(26, spaces, "ASCII 10, U+00A0, U+1680, U+2000-U+2006, U+2008-U+200A, U+2028, U+2029, U+205F, U+3000");
  }
}
