package dev.atlas.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads inline markdown: links and autolinks become {@link Link}s and their text, images, data
 * URIs, inline HTML and emphasis markers are removed. A hand-written linear scanner, so no input
 * can make it backtrack.
 */
final class Inline {
  private static final int MAX_DEPTH = 8;
  private static final java.util.regex.Pattern SHORTCODE = java.util.regex.Pattern.compile(":[a-z][a-z0-9_+\\-]{0,30}:");

  private final StringBuilder text = new StringBuilder();
  /** The article's link reference definitions, by {@link #referenceLabel}. */
  private final Map<String, String> refs;
  /** Where the line's last ']' and ')' stand, looked up at the first bracket; {@link #UNKNOWN} before. */
  private int lastBracket;
  private int lastParen;
  private static final int UNKNOWN = -2;
  private final List<Link> links = new ArrayList<>();

  private Inline(Map<String, String> refs) {
    this.refs = refs;
  }

  /** The visible text and the links of one line of markdown. */
  record Result(String text, List<Link> links) {}

  /** Parses one line; never fails, whatever the input. */
  static Result parse(String line) {
    return parse(line, Map.of());
  }

  /**
   * Parses one line, resolving reference links ("[Netron][3]", "[Netron][]", "[Netron]") with
   * the article's definitions {@code refs}; never fails, whatever the input.
   */
  static Result parse(String line, Map<String, String> refs) {
    String s = line == null ? "" : line;
    if (isPlainText(s)) {
      return new Result(s, List.of());
    }
    Inline inline = new Inline(refs);
    inline.scan(s, 0);
    // a shortcode (":rocket:") holds two colons
    String raw = inline.text.indexOf(":") != inline.text.lastIndexOf(":") ? SHORTCODE.matcher(inline.text).replaceAll(" ")
        : inline.text.toString();
    String visible = collapse(raw);
    return new Result(visible, List.copyOf(inline.links));
  }

  /** The ASCII characters {@link #isPlainText} looks at: spaces, colons, markup and URL starts. */
  private static final boolean[] NOTABLE = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      NOTABLE[c] = c == ' ' || c == ':' || isSpace(c) || "!<[*_`\\gwh".indexOf(c) >= 0;
    }
  }

  /**
   * True for a line whose visible text is the line itself, read in one pass: no markup or URL,
   * no second colon (no shortcode), no whitespace to collapse.
   */
  private static boolean isPlainText(String s) {
    boolean previousSpace = true;
    int colons = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128 && !NOTABLE[c]) {
        previousSpace = false;
        continue;
      }
      if (c == ' ') {
        if (previousSpace) {
          return false;
        }
        previousSpace = true;
        continue;
      }
      previousSpace = false;
      if (c == ':' && ++colons == 2 || isSpace(c) || mayStartMarkup(s, i)) {
        return false;
      }
    }
    return s.isEmpty() || !previousSpace;
  }

  /** Collapses runs of whitespace (including no-break and ideographic spaces) to one space, trimmed. */
  static String collapse(CharSequence s) {
    int n = s.length();
    if (isCollapsed(s)) {
      return s.toString();
    }
    StringBuilder sb = new StringBuilder(n);
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** True when {@code s} has no leading, trailing, doubled or non-ASCII-space whitespace. */
  private static boolean isCollapsed(CharSequence s) {
    int n = s.length();
    boolean previousSpace = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (previousSpace) {
          return false;
        }
        previousSpace = true;
      } else if (isSpace(c)) {
        return false;
      } else {
        previousSpace = false;
      }
    }
    return n == 0 || !previousSpace;
  }

  /** {@link Character#isWhitespace} plus no-break and ideographic spaces, with an ASCII fast path. */
  static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f;
    }
    return c == '\u00a0' || c == '\u3000' || Character.isWhitespace(c);
  }

  private void scan(String s, int depth) {
    lastBracket = UNKNOWN;
    lastParen = UNKNOWN;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (!mayStartMarkup(s, i)) {
        int end = i + 1;
        while (end < n && !mayStartMarkup(s, end)) {
          end++;
        }
        text.append(s, i, end);
        i = end;
        continue;
      }
      if (c == '!' && i + 1 < n && s.charAt(i + 1) == '[' && depth < MAX_DEPTH) {
        int close = matching(s, i + 1, '[', ']');
        if (close > 0 && close + 1 < n && s.charAt(close + 1) == '(') {
          int end = matching(s, close + 1, '(', ')');
          if (end > 0) {
            i = end + 1;
            continue;
          }
        }
      }
      if (c == '[' && depth < MAX_DEPTH) {
        int close = matching(s, i, '[', ']');
        if (close > 0 && close + 1 < n && s.charAt(close + 1) == '(') {
          int end = matching(s, close + 1, '(', ')');
          if (end > 0) {
            String label = s.substring(i + 1, close);
            String href = s.substring(close + 2, end).strip();
            int space = href.indexOf(' ');
            if (space > 0) {
              href = href.substring(0, space);
            }
            Inline inner = new Inline(refs);
            inner.scan(label, depth + 1);
            String innerText = collapse(inner.text);
            links.addAll(inner.links);
            if (!href.toLowerCase(Locale.ROOT).startsWith("data:")) {
              links.add(new Link(innerText, href));
            }
            text.append(innerText);
            i = end + 1;
            continue;
          }
        }
      }
      if (c == '[' && depth < MAX_DEPTH && !refs.isEmpty()) {
        int end = reference(s, i);
        if (end > 0) {
          i = end;
          continue;
        }
      }
      if (c == '<') {
        int close = s.indexOf('>', i + 1);
        if (close > 0) {
          String inside = s.substring(i + 1, close);
          if (inside.startsWith("http://") || inside.startsWith("https://")) {
            links.add(new Link(inside, inside));
            text.append(inside);
            i = close + 1;
            continue;
          }
          if (looksLikeTag(inside)) {
            String href = attribute(inside, "href");
            if (href != null) {
              int endTag = s.toLowerCase(Locale.ROOT).indexOf("</a>", close);
              String label = endTag > 0 ? s.substring(close + 1, endTag) : "";
              Inline inner = new Inline(refs);
              inner.scan(label, depth + 1);
              String innerText = inner.text.toString().strip();
              links.add(new Link(innerText, href));
              text.append(innerText);
              i = endTag > 0 ? endTag + 4 : close + 1;
              continue;
            }
            i = close + 1;
            continue;
          }
        }
      }
      boolean bareGithub = (c == 'g' || c == 'w') && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '/' && s.charAt(i - 1) != '.')
          && (s.startsWith("github.com/", i) || s.startsWith("www.github.com/", i));
      if (bareGithub || (c == 'h' || c == 'H') && (s.startsWith("http://", i) || s.startsWith("https://", i))) {
        int end = i;
        while (end < n && !Character.isWhitespace(s.charAt(end)) && "<>\"'）)]】，。".indexOf(s.charAt(end)) < 0) {
          end++;
        }
        String url = s.substring(i, end);
        links.add(new Link(url, bareGithub ? "https://" + url : url));
        text.append(url);
        i = end;
        continue;
      }
      if ((c == '*' || c == '_') && i + 1 < n && s.charAt(i + 1) == c) {
        i += 2;
        continue;
      }
      if (c == '*' || c == '`') {
        i++;
        continue;
      }
      if (c == '_' && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) || i + 1 >= n
          || !Character.isLetterOrDigit(s.charAt(i + 1)))) {
        // "_Stars_: _193k": emphasis at a word's edge; "snake_case" keeps its underscore
        i++;
        continue;
      }
      if (c == '\\' && i + 1 < n && isAsciiPunctuation(s.charAt(i + 1))) {
        // CommonMark: a backslash escapes any ASCII punctuation ("1\\. Name" is "1. Name")
        text.append(s.charAt(i + 1));
        i += 2;
        continue;
      }
      text.append(c);
      i++;
    }
  }

  /**
   * Reads a reference link at {@code open} ("[text][label]", "[label][]", "[label]") whose label
   * the article defines, adding its link and text; returns the index after it, or -1.
   */
  private int reference(String s, int open) {
    int close = matching(s, open, '[', ']');
    if (close < 0) {
      return -1;
    }
    String label = s.substring(open + 1, close);
    int after = close + 1;
    String key = label;
    if (after < s.length() && s.charAt(after) == '[') {
      int second = matching(s, after, '[', ']');
      if (second < 0) {
        return -1;
      }
      if (second > after + 1) {
        key = s.substring(after + 1, second);
      }
      after = second + 1;
    }
    String href = refs.get(referenceLabel(key));
    if (href == null) {
      return -1;
    }
    Inline inner = new Inline(Map.of());
    inner.scan(label, MAX_DEPTH);
    String innerText = collapse(inner.text);
    links.add(new Link(innerText, href));
    text.append(innerText);
    return after;
  }

  /** A reference label as CommonMark matches it: case folded, inner whitespace collapsed. */
  static String referenceLabel(String label) {
    return collapse(label).toLowerCase(Locale.ROOT);
  }

  private static boolean isAsciiPunctuation(char c) {
    return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
  }

  /**
   * True where {@link #scan} may see something other than plain text: at a markup character, or
   * a bare URL's start ("github.com/", "www.github.com/", "http://", "https://").
   */
  private static boolean mayStartMarkup(String s, int i) {
    switch (s.charAt(i)) {
      case '!', '[', '<', '*', '_', '`', '\\':
        return true;
      case 'g':
        return s.startsWith("github.com/", i);
      case 'w':
        return s.startsWith("www.github.com/", i);
      case 'h':
        return s.startsWith("http://", i) || s.startsWith("https://", i);
      default:
        return false;
    }
  }

  /**
   * The links of one line of text, as {@link #parse(String)} reads them; a line without a bracket,
   * an angle bracket or a URL holds none, and is not read.
   */
  static List<Link> links(String line) {
    if (line == null || line.indexOf('[') < 0 && line.indexOf('<') < 0 && !line.contains("github.com/")
        && !line.contains("http://") && !line.contains("https://")) {
      return List.of();
    }
    return parse(line).links();
  }

  private static boolean looksLikeTag(String inside) {
    if (inside.isEmpty()) {
      return false;
    }
    char first = inside.charAt(0);
    return Character.isLetter(first) || first == '/' || first == '!' || first == '?';
  }

  private static String attribute(String tag, String name) {
    String lower = tag.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("a ") && !lower.startsWith("a\t")) {
      return null;
    }
    int at = lower.indexOf(name + "=");
    if (at < 0) {
      return null;
    }
    int start = at + name.length() + 1;
    if (start >= tag.length()) {
      return null;
    }
    char quote = tag.charAt(start);
    if (quote == '"' || quote == '\'') {
      int end = tag.indexOf(quote, start + 1);
      return end > 0 ? tag.substring(start + 1, end) : null;
    }
    int end = start;
    while (end < tag.length() && !Character.isWhitespace(tag.charAt(end))) {
      end++;
    }
    return tag.substring(start, end);
  }

  /** Returns the index of the bracket closing the one at {@code open} (within 1024 chars), or -1. */
  private int matching(String s, int open, char o, char c) {
    if (lastBracket == UNKNOWN) {
      lastBracket = s.lastIndexOf(']');
      lastParen = s.lastIndexOf(')');
    }
    if ((c == ']' ? lastBracket : lastParen) < open) {
      return -1;
    }
    int level = 0;
    int limit = Math.min(s.length(), open + 1024);
    for (int i = open; i < limit; i++) {
      char ch = s.charAt(i);
      if (ch == '\\') {
        i++;
        continue;
      }
      if (ch == o) {
        level++;
      } else if (ch == c) {
        level--;
        if (level == 0) {
          return i;
        }
      }
    }
    return -1;
  }
}
