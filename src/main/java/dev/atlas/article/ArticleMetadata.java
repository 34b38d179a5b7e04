package dev.atlas.article;

import dev.atlas.Lexicon;
import dev.atlas.Phrases;
import dev.atlas.extract.LinkNormalizer;
import dev.atlas.extract.Names;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what an article says about itself: its title (site suffix removed), original URL
 * ({@code 原文：<…>}, "Originally published at"), publication date ({@code 原载于 2018 年 12 月 3
 * 日}, "Published on March 5, 2024") and dominant language.
 */
public final class ArticleMetadata {
  private static final List<String> SITES = Lexicon.lines("title-suffixes.txt");
  private static final List<String> SITES_LOWER = SITES.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
  private static final Pattern SOURCE_CUE =
      Pattern.compile(
          "^\\s*[*_]*(原文链接|原文地址|原文|来源|出处|source|original article|original post|originally published (?:at|on|in)|canonical)\\s*[*_]*\\s*[：:]?\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Phrases DATE_CUE =
      Phrases.of("原载于", "发布于", "发表于", "发布时间", "发表时间", "日期", "更新于", "published", "originally published",
          "posted", "date");
  private static final Pattern ZH_DATE =
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
  private static final Pattern EN_DATE_MDY =
      Pattern.compile("\\b([A-Z][a-z]{2,8})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern EN_DATE_DMY =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Z][a-z]{2,8})\\.?,?\\s+(\\d{4})\\b");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final int HEAD_BLOCKS = 12;
  private static final int MAX_TITLE = 500;
  private static final int MAX_DATE_LINE = 300;
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");

  private ArticleMetadata() {}

  /** Returns {@code title} without a trailing site name (" - 知乎", " | Medium"), trimmed. */
  public static String cleanTitle(String title) {
    if (title == null) {
      return "";
    }
    String t = WHITESPACE.matcher(title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title).replaceAll(" ").strip();
    boolean changed = true;
    while (changed) {
      changed = false;
      String lower = t.toLowerCase(java.util.Locale.ROOT);
      for (int s = 0; s < SITES.size(); s++) {
        String site = SITES.get(s);
        if (!lower.endsWith(SITES_LOWER.get(s))) {
          continue;
        }
        String rest = t.substring(0, t.length() - site.length()).stripTrailing();
        if (!rest.isEmpty() && "-|–—_·".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
          String kept = rest.substring(0, rest.length() - 1).strip();
          if (!kept.isEmpty()) {
            t = kept;
            changed = true;
            break;
          }
        }
      }
    }
    return t;
  }

  /** Returns the title: the first heading, else the first line; empty when there is none. */
  public static String title(List<Block> blocks) {
    for (Block b : blocks) {
      if (b.kind() == BlockKind.HEADING && !b.text().isBlank()) {
        return cleanTitle(b.text());
      }
      if (b.kind() != BlockKind.CODE) {
        break;
      }
    }
    return blocks.isEmpty() ? "" : cleanTitle(shorten(blocks.get(0).text()));
  }

  /** Returns the original URL a source line near the top or bottom states, tracking removed. */
  public static String sourceUrl(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      if (i >= HEAD_BLOCKS && i < blocks.size() - HEAD_BLOCKS) {
        continue;
      }
      Block b = blocks.get(i);
      if (!b.links().isEmpty() && SOURCE_CUE.matcher(b.text()).lookingAt()) {
        String href = b.links().get(0).href();
        if (href.startsWith("http")) {
          return LinkNormalizer.withoutTracking(href);
        }
      }
    }
    return "";
  }

  /** Returns the publication date a dated line states, as {@code yyyy-MM-dd}, or empty. */
  public static String published(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      if (i >= HEAD_BLOCKS * 2 && i < blocks.size() - HEAD_BLOCKS) {
        i = blocks.size() - HEAD_BLOCKS;
      }
      Block b = blocks.get(i);
      if (b.kind() == BlockKind.CODE || b.text().length() > MAX_DATE_LINE) {
        continue;
      }
      int cue = DATE_CUE.find(b.text());
      if (cue >= 0) {
        Optional<String> date = date(b.text().substring(cue));
        if (date.isPresent()) {
          return date.get();
        }
      }
    }
    return "";
  }

  /**
   * Parses the first date in {@code text}: {@code 2019 年 8 月 2 日}, {@code 2024-03-05}, {@code
   * March 5, 2024}, {@code 5 March 2024}, or an ISO timestamp. Returns empty if none is valid.
   */
  public static Optional<String> date(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = ZH_DATE.matcher(text);
    if (m.find()) {
      return iso(m.group(1), m.group(2), m.group(3));
    }
    m = ISO_DATE.matcher(text);
    if (m.find()) {
      return iso(m.group(1), m.group(2), m.group(3));
    }
    m = EN_DATE_MDY.matcher(text);
    if (m.find()) {
      Integer month = month(m.group(1));
      if (month != null) {
        return iso(m.group(3), month.toString(), m.group(2));
      }
    }
    m = EN_DATE_DMY.matcher(text);
    if (m.find()) {
      Integer month = month(m.group(2));
      if (month != null) {
        return iso(m.group(3), month.toString(), m.group(1));
      }
    }
    return Optional.empty();
  }

  /** Returns {@code zh} when CJK text dominates, {@code en} when Latin does, else {@code und}. */
  public static String language(List<Block> blocks) {
    long cjk = 0;
    long latin = 0;
    // each character left adds at most one to a count: stop once they cannot change the answer
    long left = 0;
    for (Block b : blocks) {
      left += b.kind() == BlockKind.CODE ? 0 : b.text().length();
    }
    char[] chars = new char[256];
    for (Block b : blocks) {
      if (b.kind() == BlockKind.CODE) {
        continue;
      }
      if (cjk > 0 && cjk * 3 >= latin + left) {
        return "zh";
      }
      if ((cjk + left) * 3 < latin) {
        return "en";
      }
      left -= b.text().length();
      String text = b.text();
      int n = text.length();
      if (chars.length < n) {
        chars = new char[Math.max(n, chars.length * 2)];
      }
      text.getChars(0, n, chars, 0);
      for (int i = 0; i < n; ) {
        char c = chars[i];
        if (c == 'h' && (text.startsWith("http://", i) || text.startsWith("https://", i))) {
          while (i < n && !Character.isWhitespace(chars[i])) {
            i++;
          }
          continue;
        }
        if (c < 128) {
          latin += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? 1 : 0;
          i++;
          continue;
        }
        int cp = Character.codePointAt(chars, i, n);
        if (Names.isCjk(cp)) {
          cjk++;
        }
        i += Character.charCount(cp);
      }
    }
    if (cjk == 0 && latin == 0) {
      return "und";
    }
    return cjk * 3 >= latin ? "zh" : "en";
  }

  private static Integer month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return key.length() >= 3 ? MONTHS.get(key.substring(0, 3)) : null;
  }

  private static Optional<String> iso(String y, String m, String d) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
      return Optional.of(date.format(DateTimeFormatter.ISO_LOCAL_DATE));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String shorten(String s) {
    return s.length() > 200 ? s.substring(0, 200) : s;
  }

  static String dateOrEmpty(String raw) {
    return date(raw).orElse("");
  }
}
