package dev.atlas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlArticleParserTest {
  @Test
  void keepsArticleStructureAndDropsNoise() {
    HtmlArticleParser.Page page = HtmlArticleParser.parse("""
        <html><head><title>Seven models | Blog</title>
        <meta property="article:published_time" content="2023-06-12T08:00:00Z">
        <link rel="canonical" href="https://blog.dev/x?utm_source=a"></head>
        <body><nav><a href="https://github.com/nav/link">nav</a></nav>
        <script>var s = "https://github.com/script/link";</script>
        <article>
        <h2><a href="https://github.com/a/b">Alpha</a></h2>
        <p>Alpha has <code>code</code> and 5,100 stars.</p>
        <p><strong>Beta</strong></p>
        <div class="comments"><p>Great! https://github.com/spam/repo</p></div>
        </article><footer>footer</footer></body></html>
        """);
    List<Block> b = page.blocks();
    assertEquals(new HtmlArticleParser.Head("Seven models | Blog", "2023-06-12T08:00:00Z", "https://blog.dev/x?utm_source=a"),
        page.head());
    assertEquals(List.of("HEADING 2 line 7: Alpha", "PARAGRAPH 0 line 8: Alpha has code and 5,100 stars.",
        "BOLD_LINE 7 line 9: Beta"), b.stream().map(HtmlArticleParserTest::describe).toList());
    assertEquals(List.of(new Link("Alpha", "https://github.com/a/b")), b.get(0).links());
    assertEquals("[Alpha](https://github.com/a/b)", b.get(0).source());
    assertEquals(List.of(), b.get(1).links());
  }

  @Test
  void nestedListItemsAreOneLevelDeeperAndTheOuterItemIsReadOnce() {
    HtmlArticleParser.Page page = HtmlArticleParser.parse("""
        <html><body><ul>
          <li><a href="https://github.com/a/alpha">Alpha</a> (12k stars)
            <ul><li>Does things, unlike <a href="https://github.com/o/other">Other</a>.</li></ul>
          </li>
          <li>Beta</li>
        </ul></body></html>
        """);
    List<Block> b = page.blocks();
    assertEquals(List.of("Alpha (12k stars)", "Does things, unlike Other.", "Beta"), b.stream().map(Block::text).toList());
    assertEquals(List.of(0, 1, 0), b.stream().map(Block::level).toList());
    assertEquals("[Alpha](https://github.com/a/alpha) (12k stars)", b.get(0).source());
    assertEquals(List.of(new Link("Alpha", "https://github.com/a/alpha")), b.get(0).links());
  }

  /** A block as kind, level, line and text: {@code HEADING 2 line 7: Alpha}. */
  static String describe(Block b) {
    return b.kind() + " " + b.level() + " line " + b.line() + ": " + b.text();
  }

  /**
   * Found by fuzzing: a link left open when another link starts is repaired by jsoup with copies of
   * elements that have no place in the file, and a block made from such a copy had line 0.
   */
  @Test
  void blocksMadeByRepairedMarkupKeepALineOfTheFile() {
    String html = "<html><body>\n<a href=\"https://github.com/example/kite\">Kite\n<article>\n"
        + "<h2><a href=\"https://github.com/example/orca\">Orca</a></h2>\n<p>A tool.</p>\n</article></body></html>";
    List<Block> blocks = HtmlArticleParser.parse(html).blocks();
    assertFalse(blocks.isEmpty());
    for (Block b : blocks) {
      assertFalse(b.line() < 1, b + " has no line of the file");
    }
  }
}
