package dev.atlas.extract;

import dev.atlas.GuardedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one star parser: reads {@code 68}, {@code 1,234}, {@code 1.2k}, {@code 12K}, {@code 1.2万},
 * {@code 一万}, {@code 接近一万颗星}, {@code over 2,000 stars} into {@link Stars}.
 */
public final class StarCount {
  private static final String NUMBER =
      "(?<num>\\d{1,3}(?:[,，]\\d{3}){1,3}(?![,，]?\\d)|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3}){1,2}(?![ \\u00A0\\u202F]?\\d)(?:\\.\\d+)?|\\d{1,9}(?:\\.\\d{1,3})?|[零一二两三四五六七八九十百千万]{1,8})"
          + "\\s?(?<unit>[kKwWmM](?![a-zA-Z])|[千万萬만천])?";
  private static final String BEFORE =
      "(?<before>接近|将近|將近|近|约|約|大约|大約|大概|超过|超過|超|逾|突破|약|대략|over|about|around|nearly|almost|more than|close to"
          + "|roughly|approximately|approx\\.?|~|≈|>)?\\s{0,2}";
  private static final String AFTER = "\\s{0,2}(?<after>\\+|多|余|以上|左右|이상|plus)?";
  private static final Pattern VALUE = Pattern.compile(BEFORE + NUMBER + AFTER, Pattern.CASE_INSENSITIVE);
  private static final GuardedPattern NUMBER_FIRST =
      GuardedPattern.compile(
          BEFORE + NUMBER + AFTER
              + "\\s{0,2}(?:颗|个)?\\s{0,2}(?:stars?|星标|星星|星|⭐|★|github stars?)(?![a-zA-Z])",
          Pattern.CASE_INSENSITIVE);
  private static final GuardedPattern LABEL_FIRST =
      GuardedPattern.compile(
          "(?:标星|標星|收藏量|收藏|star数|星标|stars?|스타|⭐|★)\\s{0,2}(?:数量|数|수)?\\s{0,2}"
              // a repository new to the list has no old figure: "★ new → 7,310"
              + "(?:(?:new|n/a|—|–|新)\\s{0,2}(?:→|->|⇒|➜)\\s{0,2})?"
              + "(?:已经|已|达到了|达到|有|为|是|count|of|:|：)?\\s{0,2}(?:了)?\\s{0,2}"
              + BEFORE + NUMBER + AFTER,
          Pattern.CASE_INSENSITIVE);

  private static final List<String> ARROWS = List.of("→", "->", "⇒", "➜", "⟶");
  /** How far after an arrow the new figure is read. */
  private static final int MAX_FIGURE = 40;

  private StarCount() {}

  /**
   * Parses the first number in a field value such as {@code 68}, {@code 1.2万 stars} or {@code
   * 5k+}. Returns empty when the value holds no number.
   */
  public static Optional<Stars> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Matcher m = VALUE.matcher(value);
    while (m.find()) {
      Optional<Stars> stars = toStars(m);
      if (stars.isPresent()) {
        return Optional.of(afterArrow(value, m.end()).orElse(stars.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The figure a change points to when {@code text} goes on at {@code end} with an arrow and a
   * number ("★ 33,480 → 35,032": the count now is 35,032); empty when no arrow follows.
   */
  private static Optional<Stars> afterArrow(String text, int end) {
    int i = end;
    while (i < text.length() && i < end + 3 && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int arrow = 0;
    for (String a : ARROWS) {
      if (text.startsWith(a, i)) {
        arrow = a.length();
        break;
      }
    }
    if (arrow == 0) {
      return Optional.empty();
    }
    int from = i + arrow;
    String rest = text.substring(from, Math.min(text.length(), from + MAX_FIGURE));
    Matcher m = VALUE.matcher(rest);
    return m.lookingAt() ? toStars(m) : Optional.empty();
  }

  /**
   * Finds star figures stated in running text ("12.3k stars", "标星 3.2k", "接近一万颗星"), in
   * order. Numbers without a star word beside them are not figures.
   */
  public static List<Found> findInProse(String text) {
    return findInProse(text, true);
  }

  /** {@link #findInProse(String)}, trying figures only near star words or (for a test) everywhere. */
  static List<Found> findInProse(String text, boolean nearStarWords) {
    List<Found> found = new ArrayList<>();
    int[] words = text == null ? new int[0] : starWords(text);
    if (words.length == 0) {
      return found;
    }
    find(NUMBER_FIRST, text, nearStarWords ? starts(text, words, StarCount::numberFirstStarts) : null, found);
    find(LABEL_FIRST, text, nearStarWords ? starts(text, words, StarCount::labelFirstStarts) : null, found);
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /** Marks in {@code starts} where a figure holding the star word at {@code word} of {@code text} can start. */
  private interface Starts {
    void mark(String text, int word, boolean[] starts);
  }

  /**
   * How far before its star word a {@link #NUMBER_FIRST} figure's number can end: a space, a unit,
   * two spaces, " plus", two spaces, "颗", two spaces and "github " stand between them at most.
   */
  private static final int NUMBER_TAIL = 20;
  /** How far before its number a {@link #NUMBER_FIRST} figure can start: "approximately" and two spaces. */
  private static final int QUALIFIER = 15;
  /** The characters a number ends with: digits and Chinese numerals. */
  private static final String NUMERALS = "0123456789零一二两三四五六七八九十百千万";
  /** The characters a number is written with: numerals and the separators between digits. */
  private static final String NUMBER_CHARS = NUMERALS + ",， \u00A0\u202F.";

  /**
   * A {@link #NUMBER_FIRST} figure's number ends at most {@link #NUMBER_TAIL} characters before its
   * star word, with a numeral; the figure starts at most {@link #QUALIFIER} characters before the
   * run of number characters that holds that end, and at the latest at that numeral.
   */
  private static void numberFirstStarts(String text, int word, boolean[] starts) {
    int first = -1;
    int last = -1;
    for (int i = Math.max(0, word - NUMBER_TAIL - 1); i < word; i++) {
      if (NUMERALS.indexOf(text.charAt(i)) >= 0) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return;
    }
    int run = first;
    while (run > 0 && NUMBER_CHARS.indexOf(text.charAt(run - 1)) >= 0) {
      run--;
    }
    java.util.Arrays.fill(starts, Math.max(0, run - QUALIFIER), last + 1, true);
  }

  /**
   * How far after its star word's anchor a {@link #LABEL_FIRST} figure's number can start:
   * "star数", two spaces, "数量", two spaces, "n/a -> " and its spaces, "count", two spaces, "了",
   * two spaces, "approximately" and two spaces.
   */
  private static final int LABEL_HEAD = 45;

  /**
   * A {@link #LABEL_FIRST} figure starts with its star word, at the anchor or one before it ("标"
   * of "标星"), and its number starts with a numeral at most {@link #LABEL_HEAD} characters after.
   */
  private static void labelFirstStarts(String text, int word, boolean[] starts) {
    for (int i = word; i < text.length() && i <= word + LABEL_HEAD; i++) {
      if (NUMERALS.indexOf(text.charAt(i)) >= 0) {
        java.util.Arrays.fill(starts, Math.max(0, word - 1), word + 1, true);
        return;
      }
    }
  }

  /** The positions where a figure can start, as {@code rule} marks them for each star word. */
  private static boolean[] starts(String text, int[] words, Starts rule) {
    boolean[] starts = new boolean[text.length()];
    for (int word : words) {
      rule.mark(text, word, starts);
    }
    return starts;
  }

  /**
   * Adds the figures {@code p} finds in {@code text}, not overlapping those found before, exactly
   * as a find loop over the whole text would give them; but a figure is tried only at the {@code
   * starts} where one can start (everywhere when null), and where the pattern can start.
   */
  private static void find(GuardedPattern p, String text, boolean[] starts, List<Found> found) {
    Matcher m = p.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0;
    while (next(p, m, text, starts, from)) {
      int begin = m.start();
      while (begin < m.end() && Character.isWhitespace(text.charAt(begin))) {
        begin++;
      }
      int start = begin;
      int end = m.end();
      boolean overlaps = found.stream().anyMatch(f -> f.start() < end && start < f.end());
      if (!overlaps) {
        toStars(m).ifPresent(s -> found.add(new Found(afterArrow(text, end).orElse(s), start, end,
            isGain(text, start, end), isUnitless(m))));
      }
      from = end;
    }
  }

  /** Finds the first match of {@code m} (of {@code p}) at one of the {@code starts} at or after {@code from}. */
  private static boolean next(GuardedPattern p, Matcher m, String text, boolean[] starts, int from) {
    if (starts == null) {
      return m.find(from);
    }
    for (int start = from; start < starts.length; start++) {
      if (starts[start] && p.mayStartAt(text, start)) {
        m.region(start, text.length());
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where the star words of {@code text} stand: see {@link #starWord}. */
  private static int[] starWords(String text) {
    int[] words = new int[4];
    int n = 0;
    for (int word = starWord(text, 0); word >= 0; word = starWord(text, word + 1)) {
      if (n == words.length) {
        words = java.util.Arrays.copyOf(words, n * 2);
      }
      words[n++] = word;
    }
    return java.util.Arrays.copyOf(words, n);
  }

  /**
   * Where the first character at or after {@code from} stands that a star word holds ("star" in
   * any ASCII case, 星, ★, ⭐, the 收 of 收藏, the 스 of 스타), or -1: no figure can be found without one.
   */
  static int starWord(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128) {
        // "star" in any ASCII case: x | 0x20 is an ASCII lowercase letter only for that letter and its capital
        if ((c | 0x20) == 's' && i + 3 < text.length() && (text.charAt(i + 1) | 0x20) == 't'
            && (text.charAt(i + 2) | 0x20) == 'a' && (text.charAt(i + 3) | 0x20) == 'r') {
          return i;
        }
      } else if (c == '星' || c == '★' || c == '⭐' || c == '收' || c == '스') {
        return i;
      }
    }
    return -1;
  }


  /**
   * A star figure found in text, with where it stands.
   *
   * @param stars the figure
   * @param start where it starts in the text
   * @param end where it ends
   * @param gain true when the words beside it make it a gain over a period ("+1.5万", "日增⭐180",
   *     "1,335 stars this week"), not a total
   * @param unitless true when the number has a fraction but no unit ("84.4"): no count has a
   *     fraction, so the article left its unit out
   */
  public record Found(Stars stars, int start, int end, boolean gain, boolean unitless) {}

  private static final int GAIN_REACH = 14;
  private static final List<String> GAIN_BEFORE = dev.atlas.Lexicon.phrases("star-gains.tsv", "before");
  private static final List<String> GAIN_AFTER = dev.atlas.Lexicon.phrases("star-gains.tsv", "after");

  /**
   * True when the figure at [start, end) of {@code text} is a gain: a gain phrase ends within a
   * few characters before it, or follows it in its clause, with no clause break between.
   */
  static boolean isGain(String text, int start, int end) {
    int from = start;
    while (from > 0 && start - from < GAIN_REACH && !isClauseBreak(text.charAt(from - 1))) {
      from--;
    }
    String before = text.substring(from, start).toLowerCase(Locale.ROOT).replace("⭐", "").replace("★", "").strip();
    for (String p : GAIN_BEFORE) {
      if (before.endsWith(p) && wordAt(before, before.length() - p.length(), p)) {
        return true;
      }
    }
    int to = end;
    while (to < text.length() && to - end < GAIN_REACH + 6 && !isClauseBreak(text.charAt(to))) {
      to++;
    }
    String after = text.substring(end, to).toLowerCase(Locale.ROOT);
    for (String p : GAIN_AFTER) {
      int at = after.indexOf(p);
      if (at >= 0 && wordAt(after, at, p)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code phrase} at {@code at} of {@code text} is not part of a longer Latin word. */
  private static boolean wordAt(String text, int at, String phrase) {
    if (!isLatin(phrase.charAt(0))) {
      return true;
    }
    int end = at + phrase.length();
    return (at == 0 || !isLatin(text.charAt(at - 1))) && (end >= text.length() || !isLatin(text.charAt(end)));
  }

  private static boolean isLatin(char c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }

  private static boolean isClauseBreak(char c) {
    return "，,;；。()（）|｜·\n".indexOf(c) >= 0;
  }

  /** True when the matched number has a fraction and no unit. */
  private static boolean isUnitless(Matcher m) {
    return m.group("unit") == null && m.group("num").indexOf('.') >= 0;
  }

  private static Optional<Stars> toStars(Matcher m) {
    String num = m.group("num");
    String unit = m.group("unit");
    boolean arabic = num.chars().anyMatch(Character::isDigit);
    if (!arabic && unit == null && num.chars().noneMatch(c -> "十百千万".indexOf(c) >= 0)) {
      // a lone Chinese digit is a word ("刚开源一周"), not a figure
      return Optional.empty();
    }
    Double base = arabic ? arabic(num) : chinese(num);
    if (base == null) {
      return Optional.empty();
    }
    double value = base * multiplier(unit);
    if (value < 0 || value > 10_000_000 || Double.isNaN(value)) {
      return Optional.empty();
    }
    boolean approx = m.group("before") != null || m.group("after") != null;
    return Optional.of(new Stars(Math.round(value), approx));
  }

  private static Double arabic(String num) {
    try {
      return Double.parseDouble(num.replace(",", "").replace("，", "").replace(" ", "").replace("\u00A0", "").replace("\u202F", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static double multiplier(String unit) {
    if (unit == null) {
      return 1;
    }
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "k":
      case "千":
      case "천":
        return 1_000;
      case "w":
      case "万":
      case "萬":
      case "만":
        return 10_000;
      case "m":
        return 1_000_000;
      default:
        return 1;
    }
  }

  /** Parses Chinese numerals up to 万: 一万, 两千五百, 十二万, 三千. Returns null when not a number. */
  static Double chinese(String s) {
    long total = 0;
    long section = 0;
    long digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = "零一二三四五六七八九".indexOf(c);
      if (c == '两') {
        d = 2;
      }
      if (d >= 0) {
        digit = d;
        continue;
      }
      long unit;
      switch (c) {
        case '十':
          unit = 10;
          break;
        case '百':
          unit = 100;
          break;
        case '千':
          unit = 1000;
          break;
        case '万':
          unit = 10_000;
          break;
        default:
          return null;
      }
      if (unit == 10_000) {
        section += Math.max(digit, 0);
        total += (section == 0 ? 1 : section) * unit;
        section = 0;
      } else {
        section += (digit < 0 ? 1 : digit) * unit;
      }
      digit = -1;
    }
    long value = total + section + Math.max(digit, 0);
    return value == 0 ? null : (double) value;
  }
}
