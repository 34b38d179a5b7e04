package dev.atlas.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text's leading number: "3. Name", "3、Name", "(3) Name", "No.3: Name", "第3名", "③ Name",
 * "三、Name", "1.2 Name", a line that is a number ("01"); a video timestamp ("0:31 - Name") orders
 * without numbering.
 *
 * @param number the number, or 0
 * @param rankMarker true when the number is stated as a rank ("Rank 3", "第3名", "No. 3", "Top 3")
 * @param chinese true for a Chinese numeral ("三、")
 * @param rest the text after the number
 */
record Numbered(int number, boolean rankMarker, boolean chinese, String rest) {
  private static final Pattern RANK_PREFIX =
      Pattern.compile("^(?:rank|no\\.?|number|top|#|第)\\s*#?\\s*(\\d{1,3})\\s*(?:名|位)?(?:\\s*[:：.\\-–—)）]\\s*|\\s+|$)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER_PREFIX =
      Pattern.compile("^[（(]?(\\d{1,3})()(?:[.．](?!\\d)|[、)）]|[:：](?!\\d)|(?=\\[))\\s*");
  /** "1.2 Name", "1.2. Name": a number within a numbered section; the last part counts. */
  private static final Pattern SUB_NUMBER = Pattern.compile("^(\\d{1,3})((?:[.．]\\d{1,3})+)[.．]?\\s+");
  private static final Pattern CHINESE_NUMBER = Pattern.compile("^([一二三四五六七八九十]{1,3})[、.．]\\s*");
  /** A video timestamp before an item ("0:31 - **moltworker**"): it orders, but does not number. */
  private static final Pattern TIMESTAMP = Pattern.compile("^\\d{1,2}:\\d{2}(?::\\d{2})?\\s*[-–—|]?\\s*");

  /**
   * False when no numbering can open {@code t}: it starts with an ASCII character other than a
   * digit, "#", "(" and the "rank", "no", "top" of a rank marker, or with a letter other than "第"
   * and a Chinese numeral.
   */
  private static boolean mayBeNumbered(String t) {
    char c = t.charAt(0);
    if (c < 128) {
      return c >= '0' && c <= '9' || c == '#' || c == '(' || t.regionMatches(true, 0, "rank", 0, 4)
          || t.regionMatches(true, 0, "no", 0, 2) || t.regionMatches(true, 0, "top", 0, 3);
    }
    return !Character.isLetter(c) || c == '第' || "一二三四五六七八九十".indexOf(c) >= 0;
  }

  static Numbered parse(String text, int ordinal) {
    String t = text.strip();
    if (ordinal > 0) {
      return new Numbered(ordinal, false, false, t);
    }
    if (t.isEmpty() || !mayBeNumbered(t)) {
      return new Numbered(0, false, false, t);
    }
    // emoji and decoration before the number ("🏆 No.1")
    int skip = 0;
    while (skip < t.length() && skip < 8 && Character.getType(t.codePointAt(skip)) == Character.OTHER_SYMBOL) {
      skip += Character.charCount(t.codePointAt(skip));
      while (skip < t.length() && (t.charAt(skip) == ' ' || t.charAt(skip) == '\uFE0F')) {
        skip++;
      }
    }
    String s = t.substring(skip);
    char c = s.isEmpty() ? ' ' : s.charAt(0);
    if (c >= 0x2460 && c <= 0x2473) {
      return new Numbered(c - 0x2460 + 1, false, false, s.substring(1).strip());
    }
    if (c >= 0x2776 && c <= 0x2793) {
      return new Numbered((c - 0x2776) % 10 + 1, false, false, s.substring(1).strip());
    }
    if (!s.isEmpty() && s.length() <= 3 && s.chars().allMatch(Character::isDigit)) {
      // "01" on a line of its own: the number of the record below
      return new Numbered(Integer.parseInt(s), false, false, "");
    }
    Matcher time = TIMESTAMP.matcher(s);
    if (time.lookingAt()) {
      return new Numbered(0, false, false, s.substring(time.end()).strip());
    }
    Matcher rank = RANK_PREFIX.matcher(s);
    if (rank.lookingAt()) {
      return new Numbered(Integer.parseInt(rank.group(1)), true, false, s.substring(rank.end()).strip());
    }
    Matcher number = SUB_NUMBER.matcher(s);
    if (!number.lookingAt()) {
      number = NUMBER_PREFIX.matcher(s);
    }
    if (number.lookingAt()) {
      String sub = number.group(2);
      int value = sub.isEmpty() ? Integer.parseInt(number.group(1))
          : Integer.parseInt(sub.replace('．', '.').substring(sub.replace('．', '.').lastIndexOf('.') + 1));
      return new Numbered(value, false, false, s.substring(number.end()).strip());
    }
    Matcher chinese = CHINESE_NUMBER.matcher(s);
    if (chinese.lookingAt()) {
      Double value = StarCount.chinese(chinese.group(1));
      return new Numbered(value == null ? 0 : value.intValue(), false, true, s.substring(chinese.end()).strip());
    }
    return new Numbered(0, false, false, t);
  }
}
