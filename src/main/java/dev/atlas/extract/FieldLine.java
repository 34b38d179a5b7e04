package dev.atlas.extract;

import dev.atlas.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A labelled line inside an entry ("GitHub地址：…", "★Star：68", "- 实现框架：TensorFlow",
 * "Author: …"), with its kind and value. Labels come from fields.tsv.
 */
public record FieldLine(FieldLine.Kind kind, String value) {
  /** The kinds of field an entry can state. */
  public enum Kind {
    LINK, STARS, FRAMEWORK, AUTHOR, DOMAIN, RANK, NAME
  }

  private record Label(Kind kind, String text) {}

  /** Between several fields on one line: "Stars: 1.2k | Framework: PyTorch", "⭐ 12k · MIT". */
  private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("\\s+[|｜·]\\s+|\\s*｜\\s*");

  /** The parts of a line that may each be a field, split by " | ", " · " or "｜"; the line alone when it has none. */
  static String[] segments(String text) {
    return text.indexOf('|') < 0 && text.indexOf('｜') < 0 && text.indexOf('·') < 0 ? new String[] {text} : SEPARATOR.split(text);
  }

  private static final List<Label> LABELS = load();
  private static final java.util.regex.Pattern LEADING_SPACE = java.util.regex.Pattern.compile("^[\\s\\x{FE0F}]+");
  /** The labels by their first character, longest first: a line is compared only with those it can start with. */
  private static final java.util.Map<Character, List<Label>> BY_FIRST = byFirst(LABELS);
  /** The characters labels start with. */
  private static final String FIRST_CHARS = BY_FIRST.keySet().stream().map(String::valueOf).sorted().reduce("", String::concat);
  /** Symbols that mark a line holding only the entry's link. */
  private static final List<String> LINK_SYMBOLS = List.of("🔗", "👉", "➡️", "➡", "→");
  /** Only this much of a line's start is compared with the labels. */
  private static final int LONGEST_LABEL = LABELS.stream().mapToInt(l -> l.text().length()).max().orElse(0) + 1;

  /**
   * Parses {@code text} as a field line: a known label at the start, then ：, :, |, = or a dash, then a
   * value. Returns empty for any other line.
   */
  public static Optional<FieldLine> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    while (!t.isEmpty() && "-*•·>".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1).strip();
    }
    // the labels the line can start with, by its first character lowercased as the whole line would be
    List<Label> candidates = t.isEmpty() || FIRST_CHARS.indexOf(Character.toLowerCase(t.charAt(0))) < 0 ? List.of()
        : BY_FIRST.get(Character.toLowerCase(t.charAt(0)));
    String lower = candidates.isEmpty() ? "" : (t.length() > LONGEST_LABEL ? t.substring(0, LONGEST_LABEL) : t).toLowerCase(Locale.ROOT);
    for (Label label : candidates) {
      if (!lower.startsWith(label.text())) {
        continue;
      }
      String rest = t.substring(label.text().length()).stripLeading();
      if (rest.isEmpty()) {
        continue;
      }
      char sep = rest.charAt(0);
      if (sep == '：' || sep == ':' || sep == '|' || sep == '｜' || sep == '=' || sep == '-' || sep == '–' || sep == '—') {
        String value = rest.substring(1).strip();
        if (!value.isEmpty()) {
          return Optional.of(new FieldLine(label.kind(), value));
        }
      } else if (label.kind() == Kind.STARS && takesBareFigure(label.text()) && startsFigure(rest)) {
        return Optional.of(new FieldLine(label.kind(), rest));
      }
    }
    Optional<FieldLine> symbolLink = linkSymbolLine(t);
    if (symbolLink.isPresent() || t.isEmpty() || Character.getType(t.codePointAt(0)) != Character.OTHER_SYMBOL) {
      return symbolLink;
    }
    // a symbol before a label: "⭐ 标星：1.9万", "📦 GitHub：…"
    String rest = LEADING_SPACE.matcher(t.substring(Character.charCount(t.codePointAt(0)))).replaceFirst("");
    return rest.isEmpty() || Character.getType(rest.codePointAt(0)) == Character.OTHER_SYMBOL ? Optional.empty() : parse(rest);
  }

  /** Labels a figure may follow with only a space: "★ 1.2k", "⭐ 12.4k", "Star 数 2.3w". */
  private static boolean takesBareFigure(String label) {
    return label.startsWith("★") || label.equals("⭐") || label.endsWith("数");
  }

  /** True when {@code s} opens with a figure: a digit, or an approximation mark and a digit. */
  private static boolean startsFigure(String s) {
    int i = 0;
    while (i < s.length() && "~≈约約近>".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i < s.length() && (Character.isDigit(s.charAt(i)) || "一二两三四五六七八九十百千万".indexOf(s.charAt(i)) >= 0);
  }

  /** A line that is a link symbol and one URL ("🔗 https://github.com/…", "👉 github.com/…"). */
  private static Optional<FieldLine> linkSymbolLine(String t) {
    for (String symbol : LINK_SYMBOLS) {
      if (t.startsWith(symbol)) {
        String url = t.substring(symbol.length()).strip();
        boolean oneUrl = !url.isEmpty() && url.chars().noneMatch(Character::isWhitespace)
            && (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("github.com/"));
        return oneUrl ? Optional.of(new FieldLine(Kind.LINK, url)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static java.util.Map<Character, List<Label>> byFirst(List<Label> labels) {
    java.util.Map<Character, List<Label>> map = new java.util.HashMap<>();
    for (Label l : labels) {
      map.computeIfAbsent(l.text().charAt(0), c -> new ArrayList<>()).add(l);
    }
    map.replaceAll((c, list) -> List.copyOf(list));
    return java.util.Map.copyOf(map);
  }

  private static List<Label> load() {
    List<Label> labels = new ArrayList<>();
    for (String[] row : Lexicon.rows("fields.tsv")) {
      Kind kind = Kind.valueOf(row[0].strip().toUpperCase(Locale.ROOT));
      for (String text : row[1].split("\\|")) {
        labels.add(new Label(kind, text.strip().toLowerCase(Locale.ROOT)));
      }
    }
    labels.sort(Comparator.comparingInt((Label l) -> l.text().length()).reversed());
    return List.copyOf(labels);
  }
}
