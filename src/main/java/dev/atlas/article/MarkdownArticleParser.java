package dev.atlas.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses markdown or plain text into blocks, one block a line: headings (ATX and setext), bold
 * lines, list items, table rows, code fences and paragraphs. Inline markup is read by {@link
 * Inline}.
 */
public final class MarkdownArticleParser {
  private static final Pattern LIST_ITEM =
      Pattern.compile("^([-*+•·]|\\d{1,3}[.)、．]|[（(\\[]\\d{1,3}[)）\\]])\\s+(.*)$");
  private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}");
  /** Longest HTML table read from a markdown file, in lines. */
  private static final int MAX_HTML_TABLE_LINES = 5_000;
  private static final Pattern LIQUID_EMBED =
      Pattern.compile("^\\{%\\s*(github|embed)\\s+((?:https?://github\\.com/)?[\\w.-]{1,100}/[\\w.-]{1,100})(?:\\s[^%]{0,100})?%\\}$");
  private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\|?[\\s:|\\-]+\\|?$");
  private static final int MAX_LINE = 20_000;
  /** How many lines are parsed between two looks at the time budget. */
  private static final int DEADLINE_LINES = 32;
  /** A link reference definition, CommonMark's: "[label]: url" with an optional title. */
  private static final Pattern LINK_DEFINITION =
      Pattern.compile("^ {0,3}\\[([^\\]]{1,200})\\]:\\s*<?([^\\s<>]+)>?(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?\\s*$");
  private static final Pattern FRONT_MATTER = Pattern.compile("^(title|date)\\s*[:=]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
  /**
   * A short parenthesized note at the end of a line. No leading {@code \\s*}: with one, every
   * position of a long blank run would start a scan to its end (quadratic); the blanks before the
   * note are skipped by hand.
   */
  private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^()（）]{1,30}[)）]\\s*$");

  private MarkdownArticleParser() {}

  /** Parses {@code text} into blocks; never fails, whatever the input. */
  public static List<Block> parse(String text) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = text == null ? new String[0] : lines(text);
    boolean inFence = false;
    int fenceStart = 0;
    StringBuilder fence = new StringBuilder();
    // the level of the list item the following indented lines continue, or -1 outside a list
    int openItem = -1;
    int first = frontMatterEnd(lines, blocks);
    Map<String, String> refs = linkDefinitions(lines, first);
    for (int i = first; i < lines.length; i++) {
      if (i % DEADLINE_LINES == 0) {
        Deadline.check();
      }
      int lineNo = i + 1;
      String raw = lines[i];
      if (raw.length() > MAX_LINE) {
        raw = raw.substring(0, MAX_LINE);
      }
      String t = raw.strip();
      if (t.startsWith("```") || t.startsWith("~~~")) {
        if (inFence) {
          blocks.add(new Block(BlockKind.CODE, 0, fence.toString(), fence.toString(), null, null, 0, fenceStart));
          fence.setLength(0);
        } else {
          fenceStart = lineNo;
        }
        inFence = !inFence;
        continue;
      }
      if (inFence) {
        fence.append(raw).append('\n');
        continue;
      }
      int indent = indent(raw);
      int quote = 0;
      while (quote < t.length() && (t.charAt(quote) == '>' || Character.isWhitespace(t.charAt(quote)))) {
        quote++;
      }
      if (quote > 0 && t.charAt(0) == '>') {
        t = t.substring(quote);
      }
      if (t.isEmpty() || !refs.isEmpty() && LINK_DEFINITION.matcher(raw).matches()) {
        continue;
      }
      if (isRule(t)) {
        Block previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        if (previous != null && previous.kind() == BlockKind.PARAGRAPH && previous.line() == lineNo - 1
            && (t.charAt(0) == '=' || t.charAt(0) == '-')) {
          int level = t.charAt(0) == '=' ? 1 : 2;
          blocks.set(blocks.size() - 1, heading(level, previous.source(), previous.line(), refs));
        }
        continue;
      }
      if (t.regionMatches(true, 0, "<table", 0, 6)) {
        // an HTML table in markdown (a notebook's dataframe, a README): its rows, read as HTML
        StringBuilder html = new StringBuilder();
        int tableStart = i;
        while (i < lines.length && i - tableStart < MAX_HTML_TABLE_LINES) {
          html.append(lines[i]).append('\n');
          if (lines[i].toLowerCase(java.util.Locale.ROOT).contains("</table>")) {
            break;
          }
          i++;
        }
        for (Block row : HtmlArticleParser.parse(html.toString()).blocks()) {
          if (row.kind() == BlockKind.TABLE_ROW) {
            blocks.add(new Block(row.kind(), row.level(), row.text(), row.source(), row.links(), row.cells(), 0,
                lineNo + Math.max(0, row.line() - 1)));
          }
        }
        continue;
      }
      if (t.startsWith("{%") && t.endsWith("%}")) {
        // a liquid tag (dev.to, Jekyll): "{% github owner/repo %}" embeds a repository; others are markup
        Matcher embed = LIQUID_EMBED.matcher(t);
        if (embed.matches()) {
          String url = embed.group(2).startsWith("http") ? embed.group(2) : "https://github.com/" + embed.group(2);
          blocks.add(new Block(BlockKind.PARAGRAPH, 0, url, url, List.of(new Link(url, url)), null, 0, lineNo));
        }
        continue;
      }
      boolean continues = openItem >= 0 && indent >= 2;
      // a list item opens with a bullet, a digit or a bracket: only such lines are matched
      char lead = t.charAt(0);
      Matcher li = "-*+•·（([".indexOf(lead) >= 0 || lead >= '0' && lead <= '9' ? LIST_ITEM.matcher(t) : null;
      boolean item = li != null && li.matches();
      if (!continues && !item) {
        openItem = -1;
      }
      int hashes = headingLevel(t);
      if (hashes > 0) {
        String content = headingContent(t, hashes);
        if (!content.isEmpty()) {
          blocks.add(heading(hashes, content, lineNo, refs));
        }
        continue;
      }
      if (t.startsWith("|") && t.indexOf('|', 1) > 0) {
        if (TABLE_SEPARATOR.matcher(t).matches()) {
          continue;
        }
        boolean header = i + 1 < lines.length && TABLE_SEPARATOR.matcher(lines[i + 1].strip()).matches()
            && lines[i + 1].contains("-");
        blocks.add(tableRow(t, header, lineNo, refs));
        continue;
      }
      if (item && !isBoldLine(t)) {
        String marker = li.group(1);
        Matcher num = ORDINAL.matcher(marker);
        int ordinal = num.find() ? Integer.parseInt(num.group()) : 0;
        String content = li.group(2);
        Inline.Result r = Inline.parse(content, refs);
        if (!r.text().isEmpty() || !r.links().isEmpty()) {
          blocks.add(new Block(BlockKind.LIST_ITEM, indent / 2, r.text(), content, r.links(), null, ordinal, lineNo));
          openItem = indent / 2;
        }
        continue;
      }
      String bold = withoutLeadingSymbols(t);
      if (isBoldLine(bold)) {
        // "**Name**", or "🆙 **Name**" with an emoji before it
        Inline.Result r = Inline.parse(bold, refs);
        if (!r.text().isEmpty()) {
          blocks.add(new Block(BlockKind.BOLD_LINE, Block.BOLD_LEVEL, r.text(), stripEmphasis(bold), r.links(), null, 0, lineNo));
        }
        continue;
      }
      Inline.Result r = Inline.parse(t, refs);
      if (!r.text().isEmpty() || !r.links().isEmpty()) {
        blocks.add(new Block(BlockKind.PARAGRAPH, continues ? openItem + 1 : 0, r.text(), t, r.links(), null, 0, lineNo));
      }
    }
    return withTextRows(blocks);
  }

  /**
   * The blocks with plain lines split by " | " into at least three cells made table rows, where
   * the article has another such line of as many cells: a table written without table markup
   * ("TOP 1 | Whisper | github.com/openai/whisper | 6.1万★ | 语音"), perhaps broken by page markers.
   */
  private static List<Block> withTextRows(List<Block> blocks) {
    java.util.Map<Integer, Integer> byCells = new java.util.HashMap<>();
    for (Block b : blocks) {
      int n = textCells(b).length;
      if (n >= MIN_TEXT_ROW_CELLS) {
        byCells.merge(n, 1, Integer::sum);
      }
    }
    if (byCells.isEmpty()) {
      return blocks;
    }
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      String[] cells = textCells(b);
      if (cells.length < MIN_TEXT_ROW_CELLS || byCells.get(cells.length) < 2) {
        out.add(b);
        continue;
      }
      List<Block.Cell> row = new ArrayList<>();
      for (String cell : cells) {
        List<Link> links = new ArrayList<>();
        for (Link l : b.links()) {
          if (!l.text().isEmpty() && cell.contains(l.text())) {
            links.add(l);
          }
        }
        row.add(new Block.Cell(cell.strip(), links));
      }
      out.add(new Block(BlockKind.TABLE_ROW, 0, b.text(), b.source(), b.links(), row, 0, b.line()));
    }
    return out;
  }

  private static final Pattern TEXT_ROW_SEPARATOR = Pattern.compile("\\s+[|｜]\\s+|\\s*｜\\s*");
  private static final int MIN_TEXT_ROW_CELLS = 3;

  private static String[] textCells(Block b) {
    String t = b.text();
    if (b.kind() != BlockKind.PARAGRAPH || b.level() != 0 || (t.indexOf('|') < 0 && t.indexOf('｜') < 0)) {
      return new String[0];
    }
    return TEXT_ROW_SEPARATOR.split(t.strip());
  }

  /**
   * The link reference definitions of the text ("[1]: https://github.com/o/r", "[netron]: <url>
   * \"title\""), by normalized label, outside code fences; the first definition of a label wins.
   */
  private static Map<String, String> linkDefinitions(String[] lines, int first) {
    Map<String, String> refs = new HashMap<>();
    boolean fence = false;
    for (int i = first; i < lines.length; i++) {
      String t = lines[i].strip();
      if (t.startsWith("```") || t.startsWith("~~~")) {
        fence = !fence;
        continue;
      }
      if (fence || t.isEmpty() || t.charAt(0) != '[') {
        continue;
      }
      Matcher m = LINK_DEFINITION.matcher(lines[i]);
      if (m.matches()) {
        refs.putIfAbsent(Inline.referenceLabel(m.group(1)), m.group(2));
      }
    }
    return refs;
  }

  /** The width of a line's leading whitespace, a tab counting as four columns. */
  static int indent(String raw) {
    int width = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\t') {
        width += 4 - width % 4;
      } else if (Character.isWhitespace(c)) {
        width++;
      } else {
        break;
      }
    }
    return width;
  }

  /** Splits on CRLF, CR or LF, keeping empty lines (what {@code split("\r\n|\r|\n", -1)} gives). */
  static String[] lines(String text) {
    List<String> lines = new ArrayList<>(text.length() / 40 + 1);
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines.toArray(new String[0]);
  }

  /** Returns the level of an ATX heading line ("## x"), or 0. A hand-written scan: no backtracking. */
  static int headingLevel(String t) {
    int n = 0;
    while (n < t.length() && n < 7 && t.charAt(n) == '#') {
      n++;
    }
    if (n == 0 || n > 6) {
      return 0;
    }
    return n == t.length() || Character.isWhitespace(t.charAt(n)) ? n : 0;
  }

  /** Returns a heading's content without its opening and closing hashes. */
  static String headingContent(String t, int level) {
    String content = t.substring(level).strip();
    int end = content.length();
    while (end > 0 && content.charAt(end - 1) == '#') {
      end--;
    }
    if (end < content.length() && (end == 0 || Character.isWhitespace(content.charAt(end - 1)))) {
      content = content.substring(0, end);
    }
    return content.strip();
  }

  /** Returns true for a thematic break or setext underline: three or more of one of - * _ = and spaces. */
  static boolean isRule(String t) {
    char mark = t.isEmpty() ? ' ' : t.charAt(0);
    if ("-*_=".indexOf(mark) < 0) {
      return false;
    }
    int count = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == mark) {
        count++;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return count >= 3;
  }

  /**
   * Skips a YAML or TOML front matter block ({@code ---} … {@code ---}, {@code +++} … {@code +++}
   * on the first lines), keeping its
   * title as a heading and its date as a dated line. Returns the index of the first body line.
   */
  private static int frontMatterEnd(String[] lines, List<Block> blocks) {
    // YAML between "---" lines, or TOML between "+++" lines (Hugo)
    String fence = lines.length == 0 ? "" : lines[0].strip();
    if (!fence.equals("---") && !fence.equals("+++")) {
      return 0;
    }
    for (int i = 1; i < Math.min(lines.length, 200); i++) {
      if (lines[i].strip().equals(fence) || fence.equals("---") && lines[i].strip().equals("...")) {
        for (int j = 1; j < i; j++) {
          Matcher m = FRONT_MATTER.matcher(lines[j].strip());
          if (m.matches()) {
            String value = m.group(2).strip().replaceAll("^[\"']|[\"']$", "");
            if (m.group(1).equalsIgnoreCase("title")) {
              blocks.add(0, heading(1, value, j + 1, Map.of()));
            } else {
              blocks.add(new Block(BlockKind.PARAGRAPH, 0, "Published: " + value, lines[j], null, null, 0, j + 1));
            }
          }
        }
        return i + 1;
      }
    }
    return 0;
  }

  private static Block heading(int level, String content, int lineNo, Map<String, String> refs) {
    Inline.Result r = Inline.parse(content, refs);
    return new Block(BlockKind.HEADING, level, r.text(), stripEmphasis(content), r.links(), null, 0, lineNo);
  }

  private static Block tableRow(String line, boolean header, int lineNo, Map<String, String> refs) {
    String inner = line.strip();
    if (inner.startsWith("|")) {
      inner = inner.substring(1);
    }
    if (inner.endsWith("|")) {
      inner = inner.substring(0, inner.length() - 1);
    }
    List<Block.Cell> cells = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String cell : splitCells(inner)) {
      Inline.Result r = Inline.parse(cell, refs);
      cells.add(new Block.Cell(r.text(), r.links()));
      links.addAll(r.links());
      if (text.length() > 0) {
        text.append(" | ");
      }
      text.append(r.text());
    }
    return new Block(BlockKind.TABLE_ROW, header ? 1 : 0, text.toString(), line, links, cells, 0, lineNo);
  }

  private static List<String> splitCells(String inner) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int parens = 0;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|' && parens == 0) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        if (c == '(' || c == '[') {
          parens++;
        } else if ((c == ')' || c == ']') && parens > 0) {
          parens--;
        }
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /**
   * Returns true when the line is bold text only, apart from decoration ("**▌Name **", "__Name__").
   */
  /** {@code t} without the emoji and spaces it opens with, when bold text follows them; else {@code t}. */
  private static String withoutLeadingSymbols(String t) {
    int i = 0;
    while (i < t.length() && i < 12) {
      int cp = t.codePointAt(i);
      if (Character.getType(cp) == Character.OTHER_SYMBOL || cp == 0xFE0F || cp == ' ') {
        i += Character.charCount(cp);
      } else {
        break;
      }
    }
    return i > 0 && (t.startsWith("**", i) || t.startsWith("__", i)) ? t.substring(i) : t;
  }

  static boolean isBoldLine(String line) {
    if (!(line.startsWith("**") || line.startsWith("__"))) {
      return false;
    }
    String t = line;
    Matcher note = TRAILING_NOTE.matcher(line);
    if (note.find()) {
      int start = note.start();
      while (start > 0 && " \t\n\u000B\f\r".indexOf(line.charAt(start - 1)) >= 0) {
        start--;
      }
      if (start > 4 && line.substring(0, start).endsWith("**")) {
        t = line.substring(0, start);
      }
    }
    boolean doubleStar = t.startsWith("**") && t.endsWith("**");
    boolean doubleUnderscore = t.startsWith("__") && t.endsWith("__");
    if (!(doubleStar || doubleUnderscore) || t.length() <= 4) {
      return false;
    }
    String marker = doubleStar ? "**" : "__";
    boolean bold = false;
    int i = 0;
    int boldChars = 0;
    while (i < t.length()) {
      if (t.startsWith(marker, i)) {
        bold = !bold;
        i += 2;
        continue;
      }
      char c = t.charAt(i);
      if (!bold && !Character.isWhitespace(c)) {
        return false;
      }
      if (bold && !Character.isWhitespace(c)) {
        boldChars++;
      }
      i++;
    }
    return boldChars > 0;
  }

  private static String stripEmphasis(String s) {
    return s.replace("**", "").replace("__", "").strip();
  }
}
