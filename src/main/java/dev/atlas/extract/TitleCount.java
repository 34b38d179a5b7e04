package dev.atlas.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of projects an article's title announces: "25个最受欢迎的开源机器学习库", "Top 10",
 * "7 Innovative Machine Learning GitHub Projects", "トップ20", "10選". Where an article links
 * nothing and states no stars, this count is the only evidence that a run of names is its list.
 */
final class TitleCount {
  private static final List<Pattern> PATTERNS = List.of(
      Pattern.compile("(?:top|トップ|前)\\s*(\\d{1,3})(?!\\d)", Pattern.CASE_INSENSITIVE),
      Pattern.compile("(?<!\\d)(\\d{1,3})\\s*(?:个|個|款|大|项|項|条|選|选|种|種|가지|개)"),
      Pattern.compile("(?<![\\d.])(\\d{1,3})\\s+(?:[\\w-]+\\s+){0,5}?(?:projects|repos|repositories|libraries|tools|models|frameworks"
          + "|packages|apps|resources)\\b", Pattern.CASE_INSENSITIVE));

  private TitleCount() {}

  /** True when {@code title} announces a ranking: "Top 10", "トップ20", "前 15". */
  static boolean ranks(String title) {
    return title != null && title.length() <= 300 && PATTERNS.get(0).matcher(title).find();
  }

  /** Returns the count {@code title} announces, or 0 when it announces none. */
  static int of(String title) {
    if (title == null || title.isBlank() || title.length() > 300) {
      return 0;
    }
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(title);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    return 0;
  }
}
