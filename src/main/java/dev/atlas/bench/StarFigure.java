package dev.atlas.bench;

import java.util.SplittableRandom;

/**
 * A star count together with the text an article writes for it, chosen so that the project's
 * star parser reads the text back as exactly {@code value} ("12.3k" is drawn only for 12300).
 *
 * @param value the exact count
 * @param text the count as written: {@code 68}, {@code 12,345}, {@code 12.3k} or {@code 4.3万}
 */
record StarFigure(long value, String text) {
  /** The ways a count is written. */
  enum Style {
    /** Digits only: {@code 68}, {@code 7214}. */
    PLAIN,
    /** Digits with thousands commas: {@code 12,345}. */
    COMMA,
    /** Thousands with one decimal: {@code 12.3k}, {@code 4k}; value a multiple of 100. */
    THOUSANDS,
    /** Ten-thousands with one decimal: {@code 4.3万}, {@code 2万}; value a multiple of 1000. */
    WAN
  }

  /** Draws a count written in {@code style}. */
  static StarFigure draw(Style style, SplittableRandom rng) {
    return switch (style) {
      case PLAIN -> {
        long v = logUniform(20, 10_000, rng);
        yield new StarFigure(v, Long.toString(v));
      }
      case COMMA -> {
        long v = logUniform(1_000, 200_000, rng);
        yield new StarFigure(v, withCommas(v));
      }
      case THOUSANDS -> {
        long v = 100 * logUniform(10, 2_000, rng);
        yield new StarFigure(v, decimal(v, 1_000) + "k");
      }
      case WAN -> {
        long v = 1_000 * logUniform(10, 200, rng);
        yield new StarFigure(v, decimal(v, 10_000) + "万");
      }
    };
  }

  /** Draws from [lo, hi) with every order of magnitude equally likely, as real star counts are. */
  private static long logUniform(long lo, long hi, SplittableRandom rng) {
    double v = Math.exp(Math.log(lo) + rng.nextDouble() * (Math.log(hi) - Math.log(lo)));
    return Math.min(hi - 1, Math.max(lo, (long) v));
  }

  private static String withCommas(long v) {
    String digits = Long.toString(v);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }

  private static String decimal(long v, long unit) {
    long tenth = v % unit / (unit / 10);
    return tenth == 0 ? Long.toString(v / unit) : v / unit + "." + tenth;
  }
}
