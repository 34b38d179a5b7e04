package dev.atlas.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Parses a saved web page into the same blocks as markdown, through jsoup. Scripts, styles,
 * navigation, headers, footers, asides, form controls and elements whose class or id names them as
 * comments, ads, sharing or related links are removed first.
 */
public final class HtmlArticleParser {
  private static final String NOISE_TAGS =
      "script, style, noscript, template, iframe, svg, canvas, nav, header, footer, aside,"
          + " button, select, input, textarea, object, embed";
  private static final Pattern NOISE_NAMES =
      Pattern.compile(
          "(comments?|comment-[\\w-]+|commentarea|commentlist|respond|side|sidebar[\\w-]*|widget[\\w-]*|advert\\w*|ads?|ad-[\\w-]+|adsbygoogle|"
              + "sponsor[\\w-]*|promo[\\w-]*|share[\\w-]*|sharing|social[\\w-]*|related[\\w-]*|recommend[\\w-]*|"
              + "newsletter[\\w-]*|subscribe[\\w-]*|cookie[\\w-]*|breadcrumbs?|menu|nav|navbar|navigation|"
              + "site-footer|site-header|page-footer|page-header|footer|header|banner|popup|modal|toc|trending[\\w-]*)",
          Pattern.CASE_INSENSITIVE);
  private static final int MAX_DEPTH = 200;
  private static final Pattern STAR_NAMES = Pattern.compile("(^|[\\s_-])(stars?|stargazers?|github stars)([\\s_-]|$)");
  private static final Pattern STAR_NUMBER = Pattern.compile("\\d[\\d,.]*\\s*[kKwW万]?\\+?");
  private static final Pattern TAG_NAMES = Pattern.compile("(^|[\\s_-])(tags?|chips?|category|categories|topics?|labels?)([\\s_-]|$)",
      Pattern.CASE_INSENSITIVE);
  private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final java.util.Set<String> TABLE_PARTS = java.util.Set.of("table", "thead", "tbody", "tfoot", "tr", "td", "th");
  /** The selector queries, parsed once (a query string is parsed again at every call). */
  private static final Evaluator NOISE = QueryParser.parse(NOISE_TAGS);
  private static final Evaluator LINK = QueryParser.parse("a[href]");
  private static final Evaluator HEADING = QueryParser.parse(HEADINGS);
  private static final Evaluator ARTICLE = QueryParser.parse("article");
  /** What makes a list item, a paragraph or a quote a container of blocks rather than one block. */
  private static final Evaluator BLOCKS_IN_ITEM = QueryParser.parse("ul, ol, table, p, div, h1, h2, h3, h4, h5, h6");
  private static final Evaluator BLOCKS_IN_PARAGRAPH = QueryParser.parse("p, div, ul, ol, table, h1, h2, h3, h4, h5, h6");
  private static final Evaluator BLOCKS_IN_LOOSE_ITEM = QueryParser.parse("p, div, ul, ol, table");
  private static final Evaluator TERM = QueryParser.parse("> dt");
  private static final Evaluator HEADER_CELL = QueryParser.parse("th");
  private static final Evaluator DATA_CELL = QueryParser.parse("td");
  private static final Evaluator CELL = QueryParser.parse("> th, > td");

  private HtmlArticleParser() {}

  /** What a page states about itself in its head: title, publication date, canonical URL. */
  public record Head(String title, String published, String canonical) {}

  /** The parsed page: its head metadata and its body blocks. */
  public record Page(Head head, List<Block> blocks) {}

  /** Parses {@code html}; never fails, whatever the input. */
  public static Page parse(String html) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    parser.settings(org.jsoup.parser.ParseSettings.htmlDefault);
    Document doc = Jsoup.parse(html == null ? "" : html, "", parser);
    Head head = head(doc);
    doc.select(NOISE).remove();
    List<Element> noisy = new ArrayList<>();
    Element body = doc.body();
    for (Element e : doc.getAllElements()) {
      if (e != body && isNoise(e)) {
        noisy.add(e);
      }
    }
    noisy.forEach(Element::remove);
    markStarCounts(doc);
    List<Block> blocks = new ArrayList<>();
    Element root = doc.selectFirst(ARTICLE);
    walk(root != null ? root : doc.body(), blocks, html == null ? "" : html, 0, 0);
    return new Page(head, blocks);
  }

  /**
   * True when one of the element's class names, or its id, names it as page furniture. Tables are
   * never furniture by their own names: a "trending" table is the article's data, where a
   * "trending" box beside it is a widget.
   */
  private static boolean isNoise(Element e) {
    if (TABLE_PARTS.contains(e.normalName()) || e.className().isEmpty() && e.id().isEmpty()) {
      return false;
    }
    for (String token : SPACES.split(e.className() + " " + e.id())) {
      if (!token.isEmpty() && NOISE_NAMES.matcher(token).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Star counts shown as bare numbers in an element named for stars become "★ N". */
  private static void markStarCounts(Document doc) {
    for (Element e : doc.getAllElements()) {
      if (e.childrenSize() > 0 || e.attributesSize() == 0) {
        // a star count is a leaf named for stars by its class, title or label
        continue;
      }
      String names = (e.className() + " " + e.attr("title") + " " + e.attr("aria-label")).toLowerCase(Locale.ROOT);
      if (STAR_NAMES.matcher(names).find() && STAR_NUMBER.matcher(e.text().strip()).matches()) {
        e.text("★ " + e.text().strip());
      }
    }
  }

  /** Returns "Tags: a, b" when {@code e} holds only tag chips, else null. */
  private static String tags(Element e) {
    if (e.children().isEmpty() || !e.ownText().isBlank()) {
      return null;
    }
    List<String> tags = new ArrayList<>();
    for (Element c : e.children()) {
      if (!TAG_NAMES.matcher(c.className()).find() || c.text().isBlank()) {
        return null;
      }
      tags.add(c.text().strip());
    }
    return "Tags: " + String.join(", ", tags);
  }

  private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");
  private static final Evaluator PUBLISHED_TIME = QueryParser.parse("meta[property=article:published_time]");
  private static final Evaluator DATE = QueryParser.parse("meta[name=date], meta[name=pubdate], meta[itemprop=datePublished]");
  private static final Evaluator TIME = QueryParser.parse("time[datetime]");
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
  private static final Evaluator OG_URL = QueryParser.parse("meta[property=og:url]");

  private static Head head(Document doc) {
    String title = meta(doc, OG_TITLE);
    if (title.isEmpty()) {
      title = doc.title();
    }
    String published = meta(doc, PUBLISHED_TIME);
    if (published.isEmpty()) {
      published = meta(doc, DATE);
    }
    if (published.isEmpty()) {
      Element time = doc.selectFirst(TIME);
      published = time != null ? time.attr("datetime") : "";
    }
    Element canonical = doc.selectFirst(CANONICAL);
    String url = canonical != null ? canonical.attr("href") : meta(doc, OG_URL);
    return new Head(title.strip(), published.strip(), url.strip());
  }

  private static String meta(Document doc, Evaluator query) {
    Element e = doc.selectFirst(query);
    return e == null ? "" : e.attr("content");
  }

  /**
   * Adds the blocks of {@code element}'s children; {@code listLevel} is how many list items
   * enclose them, the level their own list items get.
   */
  private static void walk(Element element, List<Block> blocks, String html, int depth, int listLevel) {
    if (element == null || depth > MAX_DEPTH) {
      return;
    }
    Deadline.check();
    Element lead = leadingHeading(element);
    if (lead != null) {
      String text = text(lead);
      blocks.add(new Block(BlockKind.HEADING, lead.normalName().charAt(1) - '0', text, source(lead, text), links(lead, text), null, 0,
          line(lead)));
    }
    for (Element child : element.children()) {
      String tag = child.normalName();
      int line = line(child);
      if (child == lead || (element.normalName().equals("li") && isInline(child) && onlyInline(child))) {
        continue;
      }
      String chips = tags(child);
      if (chips != null) {
        blocks.add(new Block(BlockKind.PARAGRAPH, 0, chips, chips, List.of(), null, 0, line));
        continue;
      }
      switch (tag) {
        case "h1", "h2", "h3", "h4", "h5", "h6" -> {
          String text = text(child);
          if (!text.isEmpty()) {
            blocks.add(new Block(BlockKind.HEADING, tag.charAt(1) - '0', text, source(child, text), links(child, text), null, 0, line));
          }
        }
        case "pre" -> {
          String code = child.wholeText();
          blocks.add(new Block(BlockKind.CODE, 0, code, code, null, null, 0, line));
        }
        case "li" -> {
          if (onlyParagraphs(child)) {
            // a loose list item, "<li><p>…</p><p>…</p></li>": its first paragraph is the item
            Elements paragraphs = child.children();
            addText(paragraphs.get(0), blocks, BlockKind.LIST_ITEM, line, ordinal(child), listLevel);
            for (int p = 1; p < paragraphs.size(); p++) {
              addText(paragraphs.get(p), blocks, BlockKind.PARAGRAPH, line(paragraphs.get(p)), 0, listLevel + 1);
            }
          } else if (holds(child, BLOCKS_IN_ITEM)) {
            addInlinePart(child, blocks, line, listLevel);
            walk(child, blocks, html, depth + 1, listLevel + 1);
          } else {
            addText(child, blocks, BlockKind.LIST_ITEM, line, ordinal(child), listLevel);
          }
        }
        case "tr" -> blocks.add(tableRow(child, line));
        case "dl" -> {
          for (Element dt : child.select(TERM)) {
            Element dd = dt.nextElementSibling();
            if (dd != null && dd.normalName().equals("dd")) {
              String text = text(dt) + ": " + text(dd);
              blocks.add(new Block(BlockKind.PARAGRAPH, 0, text, text, links(dd), null, 0, line(dt)));
            }
          }
        }
        case "p", "blockquote", "figcaption", "dd", "dt", "caption" -> {
          if (holds(child, BLOCKS_IN_PARAGRAPH)) {
            walk(child, blocks, html, depth + 1, listLevel);
          } else {
            addText(child, blocks, isBold(child) ? BlockKind.BOLD_LINE : BlockKind.PARAGRAPH, line, 0, listLevel);
          }
        }
        case "br", "hr", "img", "picture", "video", "audio", "source" -> { }
        default -> {
          if (child.children().isEmpty() || onlyInline(child)) {
            addText(child, blocks, isBold(child) ? BlockKind.BOLD_LINE : BlockKind.PARAGRAPH, line, 0, listLevel);
          } else {
            walk(child, blocks, html, depth + 1, listLevel);
          }
        }
      }
    }
  }

  /**
   * Returns the one heading of a card-like container (a div, section or li holding exactly one
   * heading, not as its first child) so it can be read before the tags and meta above it.
   */
  private static Element leadingHeading(Element element) {
    String name = element.normalName();
    if (!(name.equals("div") || name.equals("section") || name.equals("li")) || element.children().size() < 2) {
      return null;
    }
    var headings = element.select(HEADING);
    if (headings.size() != 1) {
      return null;
    }
    Element h = headings.first();
    return h.parent() == element && element.child(0) != h ? h : null;
  }

  /** True for a list item holding paragraphs and nothing else beside blank text. */
  private static boolean onlyParagraphs(Element li) {
    if (li.children().isEmpty() || !li.ownText().isBlank()) {
      return false;
    }
    for (Element c : li.children()) {
      if (!c.normalName().equals("p") || holds(c, BLOCKS_IN_LOOSE_ITEM)) {
        return false;
      }
    }
    return true;
  }

  /** True when an element below {@code e} (not {@code e} itself) matches {@code query}. */
  private static boolean holds(Element e, Evaluator query) {
    for (Element c : e.children()) {
      if (c.selectFirst(query) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyInline(Element e) {
    for (Element c : e.children()) {
      if (!isInline(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInline(Element e) {
    return switch (e.normalName()) {
      case "a", "strong", "b", "em", "i", "span", "code", "br", "img", "sup", "sub", "small", "mark", "u", "kbd" -> true;
      default -> false;
    };
  }

  /**
   * Adds the text of a list item that also holds blocks (a nested list, paragraphs): the text and
   * inline elements before, between and after them, links written as markdown in the source.
   */
  private static void addInlinePart(Element li, List<Block> blocks, int line, int listLevel) {
    StringBuilder text = new StringBuilder();
    StringBuilder source = new StringBuilder();
    List<Link> links = new ArrayList<>();
    for (Node n : li.childNodes()) {
      if (n instanceof TextNode tn) {
        text.append(tn.text());
        source.append(tn.text());
      } else if (n instanceof Element e && isInline(e) && onlyInline(e)) {
        text.append(e.text());
        List<Link> own = links(e);
        links.addAll(own);
        source.append(e.normalName().equals("a") && own.size() == 1 ? "[" + e.text() + "](" + own.get(0).href() + ")" : e.text());
      }
    }
    String t = SPACES.matcher(text).replaceAll(" ").strip();
    if (!t.isEmpty()) {
      String src = SPACES.matcher(source).replaceAll(" ").strip();
      blocks.add(new Block(BlockKind.LIST_ITEM, listLevel, t, src, links, null, ordinal(li), line));
    }
  }

  private static void addText(Element e, List<Block> blocks, BlockKind kind, int line, int ordinal, int listLevel) {
    String text = text(e);
    List<Link> links = links(e, text);
    if (!text.isEmpty() || !links.isEmpty()) {
      // a list item's level is its nesting; a paragraph's, the nesting of the item it belongs to (0 outside lists)
      int level = kind == BlockKind.BOLD_LINE ? Block.BOLD_LEVEL : listLevel;
      blocks.add(new Block(kind, level, text, source(e, text), links, null, ordinal, line));
    }
  }

  private static Block tableRow(Element tr, int line) {
    List<Block.Cell> cells = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    boolean header = tr.selectFirst(HEADER_CELL) != null && tr.selectFirst(DATA_CELL) == null;
    StringBuilder text = new StringBuilder();
    for (Element cell : tr.select(CELL)) {
      String cellText = text(cell);
      List<Link> cellLinks = links(cell, cellText);
      cells.add(new Block.Cell(cellText, cellLinks));
      links.addAll(cellLinks);
      if (text.length() > 0) {
        text.append(" | ");
      }
      text.append(cellText);
    }
    return new Block(BlockKind.TABLE_ROW, header ? 1 : 0, text.toString(), text.toString(), links, cells, 0, line);
  }

  /** True for an element holding one bold element (perhaps inside a link) and no text of its own. */
  private static boolean isBold(Element e) {
    Element only = e.childrenSize() == 1 ? e.child(0) : null;
    if (only == null) {
      return false;
    }
    String name = only.normalName();
    boolean bold = name.equals("strong") || name.equals("b") || name.equals("a") && only.childrenSize() == 1
        && (only.child(0).normalName().equals("strong") || only.child(0).normalName().equals("b"));
    return bold && e.ownText().strip().isEmpty();
  }

  private static int ordinal(Element li) {
    Element parent = li.parent();
    if (parent == null || !parent.normalName().equals("ol")) {
      return 0;
    }
    int start = 1;
    try {
      start = parent.hasAttr("start") ? Integer.parseInt(parent.attr("start").strip()) : 1;
    } catch (NumberFormatException ignored) {
      start = 1;
    }
    return start + li.elementSiblingIndex();
  }

  private static String text(Element e) {
    return Inline.collapse(e.text());
  }

  /** The element as markdown would write it, {@code text} being its text. */
  private static String source(Element e, String text) {
    Element a = e.selectFirst(LINK);
    if (a != null && text.equals(text(a)) && !a.attr("href").isEmpty()) {
      return "[" + text + "](" + a.attr("href") + ")";
    }
    Element lead = boldLead(e);
    String leadText = lead == null ? "" : text(lead);
    if (lead != null && text.startsWith(leadText) && text.length() > leadText.length()) {
      // "<strong>Name</strong> (★ 10.4k) – …" reads as markdown would: "**Name** (★ 10.4k) – …"
      return "**" + leadText + "**" + text.substring(leadText.length());
    }
    return text;
  }

  /** The bold element a paragraph or list item opens with, before any other text; null if none. */
  private static Element boldLead(Element e) {
    if (!e.normalName().equals("p") && !e.normalName().equals("li")) {
      return null;
    }
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode tn) {
        if (!tn.isBlank()) {
          return null;
        }
      } else if (n instanceof Element c) {
        String name = c.normalName();
        return (name.equals("strong") || name.equals("b")) && c.selectFirst(LINK) == null ? c : null;
      }
    }
    return null;
  }

  private static List<Link> links(Element e) {
    return links(e, null);
  }

  /** The links of {@code e}; {@code text} is its text when known, else null. */
  private static List<Link> links(Element e, String text) {
    List<Link> links = new ArrayList<>();
    for (Element a : e.select(LINK)) {
      String href = a.attr("href").strip();
      if (!href.isEmpty() && !href.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
        links.add(new Link(text(a), href));
      }
    }
    if (links.isEmpty()) {
      links.addAll(Inline.links(text != null ? text : text(e)));
    }
    return links;
  }

  /**
   * The line where {@code e} starts in the file; for an element jsoup made up to repair the markup
   * (an implied row or cell), that of the nearest ancestor written in the file; 1 when none is.
   */
  private static int line(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      var range = x.sourceRange();
      if (range.isTracked()) {
        return range.start().lineNumber();
      }
    }
    return 1;
  }
}
