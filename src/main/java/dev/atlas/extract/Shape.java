package dev.atlas.extract;

import dev.atlas.article.Block;
import dev.atlas.article.BlockKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a block looks as a possible record opener: the first stage of entry finding. Blocks whose
 * {@link #key} is equal are written from one template (all {@code ## N. Name} headings, all
 * top-level bullets, all rows of one table), so they can be siblings of one list.
 *
 * @param key the template; null for a block that never opens a record (prose, code, a field line)
 * @param rank where the block stands in the article's hierarchy: heading levels 1-6, a framed
 *     line 2, a bold line 7, a lead paragraph 8, a list item 9 + its depth, a table row 9, body
 *     text {@link #BODY}
 * @param lead how the block's text opens
 * @param number the number the block opens with (its list ordinal, "3." , "No.3", "③"), or 0
 * @param rankMarker true when the number is stated as a rank ("Rank 3", "第3名", "No. 3")
 * @param label the block's text without its numbering, decoration and rank marker
 */
public record Shape(String key, int rank, Lead lead, int number, boolean rankMarker, String label) {
  /** The rank of text that only ever belongs to a record's body. */
  public static final int BODY = 100;
  /** The rank of a lead paragraph ("**Name** — …", "[Name](…) (12k stars)", "3、[Name](…)"). */
  static final int LEAD_PARAGRAPH = 8;
  /** The rank of a line framed by rules ("━━━ 大模型 ━━━", "—— 第 7 名 ——"): a section heading. */
  static final int FRAMED = 2;
  /** The rank of a bold line. */
  static final int BOLD = 7;
  /** The rank of a top-level list item and of a table row. */
  static final int ITEM = 9;
  /** Longest text that reads as a name line rather than prose. */
  static final int MAX_NAME_LINE = 60;

  /** How a block's text opens, after its numbering. */
  public enum Lead {
    /** With a link: "[Name](url) …". */
    LINK,
    /** With bold text and more after it: "**Name** — …". */
    BOLD,
    /** With a figure caption naming a project: "图 1：MinerU 项目主页". */
    CAPTION,
    /** A field line naming the record: "项目名称：Alpha". */
    NAME_FIELD,
    /** Any other field line: "GitHub：…", "Star：…". */
    FIELD,
    /** A short line that can be a name. */
    NAME,
    /** Running text. */
    TEXT
  }

  private static final String FRAME = "━═─—-=*~#";
  /** A label before a colon: a few words, no link or sentence. */
  private static final Pattern LINE_LABEL = Pattern.compile("^\\s*([^:：。.!?！？\\[\\]()（）]{1,24}?)\\s*[:：]\\s*\\S");
  private static final int MAX_LABEL_WORDS = 4;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern CLOSING_QUOTES = Pattern.compile("[)）\"'”」』]+$");
  private static final Pattern ARROW_HEADS = Pattern.compile("^[>\\s]+|[<\\s]+$");
  /** How often a line label must occur in an article to make its lines fields. */
  static final int MIN_FIELD_LABEL_REPEATS = 2;

  /**
   * Returns the shapes of {@code blocks}, one per block; rows of one table share a key. A line
   * label that recurs in the article ("创建周期：…", "**Enlace:** …" in every record) makes its
   * lines fields, whatever the label says: names do not repeat, field labels do.
   */
  public static List<Shape> of(List<Block> blocks) {
    Map<String, Integer> labels = new HashMap<>();
    String[] lineLabels = new String[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      lineLabels[i] = lineLabel(blocks.get(i));
      if (lineLabels[i] != null) {
        labels.merge(lineLabels[i], 1, Integer::sum);
      }
    }
    List<Shape> shapes = new ArrayList<>(blocks.size());
    boolean[] fieldTables = fieldTables(blocks);
    int table = -1;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      boolean row = b.kind() == BlockKind.TABLE_ROW;
      if (row && (table < 0 || b.level() == 1 || blocks.get(i - 1).kind() != BlockKind.TABLE_ROW)) {
        table = i;
      }
      String label = lineLabels[i];
      shapes.add(row ? rowShape(b, table, blocks.get(table).level() == 1, fieldTables[table])
          : of(b, label != null && labels.get(label) >= MIN_FIELD_LABEL_REPEATS));
      if (!row) {
        table = -1;
      }
    }
    return List.copyOf(withoutRepeatedLabels(shapes, blocks));
  }

  /**
   * The shapes with openers whose label recurs among the openers of their shape made plain
   * blocks: "**Key Features:**" or "### Installation" under every project are a template's
   * subheadings, not records (names do not repeat). Openers with a link of their own and table
   * rows keep theirs: the same project linked under two boards is listed twice.
   */
  private static List<Shape> withoutRepeatedLabels(List<Shape> shapes, List<Block> blocks) {
    Map<String, Integer> seen = new HashMap<>();
    String[] keys = new String[shapes.size()];
    for (int i = 0; i < shapes.size(); i++) {
      Shape s = shapes.get(i);
      if (mayRepeat(s, blocks.get(i))) {
        keys[i] = s.key() + "\n" + Names.normalize(s.label());
        seen.merge(keys[i], 1, Integer::sum);
      }
    }
    List<Shape> out = new ArrayList<>(shapes.size());
    for (int i = 0; i < shapes.size(); i++) {
      Shape s = shapes.get(i);
      boolean repeated = keys[i] != null && seen.get(keys[i]) >= 2;
      out.add(repeated ? new Shape(null, s.rank(), s.lead(), s.number(), s.rankMarker(), s.label()) : s);
    }
    return out;
  }

  /** True for an opener whose label, repeated, makes it a subheading: one without a link of its own. */
  private static boolean mayRepeat(Shape s, Block b) {
    return s.key() != null && !s.key().startsWith("t") && !s.label().isEmpty() && b.links().isEmpty();
  }

  /**
   * For each table's first row index, whether the table holds one project's fields ("| GitHub |
   * … |", "| Stars | 2.7 萬 |"): at least two of its rows are field rows, and a third of them.
   */
  private static boolean[] fieldTables(List<Block> blocks) {
    boolean[] fields = new boolean[blocks.size()];
    int i = 0;
    while (i < blocks.size()) {
      if (blocks.get(i).kind() != BlockKind.TABLE_ROW) {
        i++;
        continue;
      }
      int start = i;
      int rows = 0;
      int fieldRows = 0;
      do {
        if (blocks.get(i).level() != 1) {
          rows++;
          fieldRows += Evidence.fieldRow(blocks.get(i)) != null ? 1 : 0;
        }
        i++;
      } while (i < blocks.size() && blocks.get(i).kind() == BlockKind.TABLE_ROW && blocks.get(i).level() != 1);
      fields[start] = fieldRows >= 2 && fieldRows * 3 >= rows;
    }
    return fields;
  }

  /**
   * The shape of a table row: rows of one table share it, and rows of tables without a header
   * row share it by their count of cells (a text table broken by page markers is one table); a
   * rank cell ("TOP 3", "#3") numbers the row.
   */
  private static Shape rowShape(Block b, int table, boolean headed, boolean fields) {
    String first = b.cells().isEmpty() ? "" : b.cells().get(0).text();
    if (b.level() == 1) {
      return new Shape(null, ITEM, Lead.NAME, 0, false, first);
    }
    if (fields || !headed && Evidence.fieldRow(b) != null) {
      // "| Stars | 2.7 萬 |" in a table of fields under a heading: the record's field, not a record
      return new Shape(null, BODY, Lead.FIELD, 0, false, first);
    }
    Numbered n = Numbered.parse(first, 0);
    int number = n.rankMarker() && n.rest().isEmpty() ? n.number() : 0;
    return new Shape(headed ? "t" + table : "tr" + b.cells().size(), ITEM, Lead.NAME, number, number > 0, first);
  }

  /**
   * Returns the shape of one block outside a table; {@code repeatedLabel} says its line label
   * recurs in the article, so the line is a field.
   */
  static Shape of(Block b, boolean repeatedLabel) {
    Shape s = shapeOf(b, repeatedLabel);
    String t = b.text().strip();
    if (s.key() != null && s.isHeadingLike() && isFigureOnly(t)) {
      // "## 88 356 ★": a star figure set as a heading is the field of the record above
      return new Shape(null, BODY, Lead.FIELD, 0, false, s.label());
    }
    boolean label = !t.isEmpty() && (t.endsWith(":") || t.endsWith("：")) && b.kind() != BlockKind.TABLE_ROW;
    boolean genericLink = s.lead() == Lead.LINK && Evidence.isGeneric(NameRules.clean(b.links().get(0).text()));
    if (s.key() != null && (label || genericLink)) {
      // "Key Features:" introduces what follows; "[GitHub](…)" is the record's link: neither opens one
      return new Shape(null, s.isHeadingLike() ? s.rank() : BODY, s.lead(), s.number(), s.rankMarker(), s.label());
    }
    return s;
  }

  private static Shape shapeOf(Block b, boolean repeatedLabel) {
    String framed = framedLabel(b);
    String text = framed != null ? framed : b.text().strip();
    Numbered n = Numbered.parse(text, b.kind() == BlockKind.LIST_ITEM ? b.ordinal() : 0);
    String label = NameRules.clean(n.rest());
    String mark = n.rankMarker() && label.isEmpty() ? "r" : n.number() > 0 ? n.chinese() ? "c" : "#" : "";
    Lead lead = lead(b, n.rest(), label);
    if (repeatedLabel && lead != Lead.NAME_FIELD && b.kind() != BlockKind.HEADING) {
      lead = Lead.FIELD;
    }
    switch (b.kind()) {
      case HEADING:
        return new Shape("h" + b.level() + mark, b.level(), lead, n.number(), n.rankMarker(), label);
      case BOLD_LINE:
        return new Shape("b" + mark, BOLD, lead, n.number(), n.rankMarker(), label);
      case LIST_ITEM: {
        // a field item is the record's field; a link alone ("[2] https://github.com/…"), its note
        String key = lead == Lead.FIELD || Evidence.isBareUrl(b) ? null : lead == Lead.NAME_FIELD ? "fn"
            : "li" + b.level() + (b.ordinal() > 0 ? "o" : "u") + (n.chinese() ? "c" : "");
        return new Shape(key, ITEM + b.level(), lead, n.number(), n.rankMarker(), label);
      }
      case PARAGRAPH: {
        if (framed != null) {
          boolean bracketed = isBracketed(b.text().strip());
          return new Shape((bracketed ? "fb" : "f") + mark, bracketed ? BOLD : FRAMED, lead, n.number(), n.rankMarker(), label);
        }
        if (b.level() > 0 || Evidence.isBareUrl(b)) {
          // the continuation of a list item; a link alone, the evidence of the record above
          return new Shape(null, BODY, lead, 0, false, label);
        }
        String key = switch (lead) {
          case LINK -> "pl";
          case BOLD -> "pb";
          case CAPTION -> "pc";
          case NAME_FIELD -> "fn";
          case NAME -> "pn";
          default -> null;
        };
        if (n.number() > 0 && !label.isEmpty() && lead != Lead.FIELD) {
          key = "p" + mark;
        }
        return new Shape(key, key == null ? BODY : LEAD_PARAGRAPH, lead, n.number(), n.rankMarker(), label);
      }
      default:
        return new Shape(null, BODY, Lead.TEXT, 0, false, label);
    }
  }

  /** True for a label that is a star figure and nothing else ("88 356 ★", "⭐ 12.3k"). */
  private static boolean isFigureOnly(String label) {
    List<StarCount.Found> figures = StarCount.findInProse(label);
    if (figures.size() != 1) {
      return false;
    }
    StarCount.Found f = figures.get(0);
    return NameRules.clean(label.substring(0, f.start()) + label.substring(f.end())).isEmpty();
  }

  /**
   * The label a paragraph or list item opens with before a colon ("创建周期" of "创建周期：40 天",
   * "enlace" of "**Enlace:** …"), lowercased; null for a block without one.
   */
  static String lineLabel(Block b) {
    if (b.kind() != BlockKind.PARAGRAPH && b.kind() != BlockKind.LIST_ITEM) {
      return null;
    }
    if (!hasColonNearStart(b.text())) {
      return null;
    }
    Matcher m = LINE_LABEL.matcher(b.text());
    if (!m.lookingAt()) {
      return null;
    }
    String label = NameRules.clean(m.group(1)).toLowerCase(java.util.Locale.ROOT);
    if (label.codePoints().noneMatch(Character::isLetter)) {
      // "0:07 - ami" is a time, not a label
      return null;
    }
    if (!b.links().isEmpty() && label.equals(NameRules.clean(b.links().get(0).text()).toLowerCase(java.util.Locale.ROOT))) {
      // "[owner/repo](…): what it does" is a name, however often the list repeats it
      return null;
    }
    return label.isEmpty() || SPACES.split(label).length > MAX_LABEL_WORDS ? null : label;
  }

  /**
   * True when a colon stands where a line label would end, with none of the marks a label cannot
   * hold before it: a cheap test before the pattern.
   */
  private static boolean hasColonNearStart(String t) {
    int limit = Math.min(t.length(), LABEL_REACH);
    for (int i = 0; i < limit; i++) {
      char c = t.charAt(i);
      switch (c) {
        case ':', '：':
          return true;
        case '。', '.', '!', '?', '！', '？', '[', ']', '(', ')', '（', '）':
          return false;
        default:
          break;
      }
    }
    return false;
  }

  /** How far into a line a label's colon may stand. */
  private static final int LABEL_REACH = 32;

  /** True when this shape opens records of its kind: a heading, a framed or bold line. */
  public boolean isHeadingLike() {
    return rank <= BOLD;
  }

  private static Lead lead(Block b, String rest, String label) {
    var field = FieldLine.parse(rest);
    if (field.isPresent()) {
      return field.get().kind() == FieldLine.Kind.NAME ? Lead.NAME_FIELD : Lead.FIELD;
    }
    if (!b.links().isEmpty()) {
      String linkText = b.links().get(0).text().strip();
      if (!linkText.isEmpty() && label.startsWith(NameRules.clean(linkText)) && !NameRules.clean(linkText).isEmpty()) {
        return Lead.LINK;
      }
    }
    if (!NameRules.boldLead(b.source()).isEmpty()
        || b.kind() == BlockKind.LIST_ITEM && !NameRules.leadingBold(b.source()).isEmpty() && label.length() > NameRules.leadingBold(b.source()).length()) {
      return Lead.BOLD;
    }
    if (FigureCaption.parse(label) != null) {
      return Lead.CAPTION;
    }
    return isNameLine(label) ? Lead.NAME : Lead.TEXT;
  }

  /** True for a short line that does not read as a sentence: "Alpha", "Deep voice conversion". */
  static boolean isNameLine(String label) {
    if (label.isEmpty() || label.length() > MAX_NAME_LINE || label.contains("://")) {
      return false;
    }
    String core = mayCloseWithQuote(label) ? CLOSING_QUOTES.matcher(label).replaceAll("") : label;
    char last = core.isEmpty() ? ' ' : core.charAt(core.length() - 1);
    if ("。！？!?.,，;；:：～~".indexOf(last) >= 0) {
      return false;
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      boolean sentenceEnd = "。！？".indexOf(c) >= 0
          || "?!.".indexOf(c) >= 0 && i + 1 < label.length() && label.charAt(i + 1) == ' ';
      if (sentenceEnd) {
        return false;
      }
    }
    return true;
  }

  /**
   * False when {@link #CLOSING_QUOTES} cannot match {@code label}: it ends with neither a closing
   * mark nor a line break (before which "$" also matches).
   */
  private static boolean mayCloseWithQuote(String label) {
    return !label.isEmpty() && ")）\"'”」』\n\r\u0085\u2028\u2029".indexOf(label.charAt(label.length() - 1)) >= 0;
  }

  /**
   * The label of a line framed by rule characters, "━━━ 🧠 大模型 / NLP ━━━": a section heading in
   * text without heading markup; null for any other block.
   */
  static String framedLabel(Block b) {
    String t = b.text().strip();
    if (b.kind() == BlockKind.PARAGRAPH && isBracketed(t)) {
      return t.substring(1, t.length() - 1).strip();
    }
    if (b.kind() != BlockKind.PARAGRAPH || t.length() > 80 || t.length() < 4
        || FRAME.indexOf(t.charAt(0)) < 0 || FRAME.indexOf(t.charAt(t.length() - 1)) < 0
        || FRAME.indexOf(t.charAt(1)) < 0) {
      return null;
    }
    int start = 0;
    int end = t.length();
    while (start < end && FRAME.indexOf(t.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && FRAME.indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    // "==> Name <==": the arrow heads belong to the frame
    return ARROW_HEADS.matcher(t.substring(start, end)).replaceAll("");
  }

  /** True for a short line wholly in 【】 brackets, "【推广】": a label over what follows, up to the next bold line. */
  private static boolean isBracketed(String t) {
    return t.length() >= 3 && t.length() <= MAX_NAME_LINE && t.charAt(0) == '【' && t.charAt(t.length() - 1) == '】'
        && t.indexOf('【', 1) < 0;
  }
}
