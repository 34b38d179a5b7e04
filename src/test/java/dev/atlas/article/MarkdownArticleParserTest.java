package dev.atlas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownArticleParserTest {
  @Test
  void readsHeadingsBoldLinesListsAndTables() {
    List<Block> b = MarkdownArticleParser.parse("""
        # Title

        **▌TensorFlow**

        - item one
        2. item two

        | a | b |
        |---|---|
        | 1 | [x](https://github.com/a/b) |

        Setext
        ------
        """);
    assertEquals(List.of("HEADING 1 line 1: Title", "BOLD_LINE 7 line 3: ▌TensorFlow", "LIST_ITEM 0 line 5: item one",
        "LIST_ITEM 0 line 6: item two", "TABLE_ROW 1 line 8: a | b", "TABLE_ROW 0 line 10: 1 | x",
        "HEADING 2 line 12: Setext"), b.stream().map(HtmlArticleParserTest::describe).toList());
    assertEquals(List.of(0, 2), List.of(b.get(2).ordinal(), b.get(3).ordinal()));
    assertEquals(List.of(new Block.Cell("1", List.of()), new Block.Cell("x", List.of(new Link("x", "https://github.com/a/b")))),
        b.get(5).cells());
    assertEquals(List.of(new Link("x", "https://github.com/a/b")), b.get(5).links());
  }

  @Test
  void imagesDataUrisAndInlineHtmlNeverReachText() {
    Block b = MarkdownArticleParser.parse(
        "Text ![](https://pic2.zhimg.com/x.jpg)![](data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='1'></svg>) <img src=\"a.png\"> end").get(0);
    assertEquals("Text end", b.text());
    assertTrue(b.links().isEmpty());
  }

  @Test
  void readsNestedBracketLinksAndAutolinks() {
    Block b = MarkdownArticleParser.parse("> 原文：<https://medium.com/a?source=x>").get(0);
    assertEquals("https://medium.com/a?source=x", b.links().get(0).href());
    Block c = MarkdownArticleParser.parse("# [谷歌“快速抽奖”游戏的 [Python] 实现](https://github.com/1991viet/QuickDraw)").get(0);
    assertEquals("谷歌“快速抽奖”游戏的 [Python] 实现", c.text());
    assertEquals(List.of(new Link("谷歌“快速抽奖”游戏的 [Python] 实现", "https://github.com/1991viet/QuickDraw")), c.links());
  }

  @Test
  void codeFencesAreCode() {
    List<Block> b = MarkdownArticleParser.parse("```\n# not a heading\n```\n");
    assertEquals(List.of("CODE"), b.stream().map(x -> x.kind().toString()).toList());
    assertEquals("# not a heading\n", b.get(0).text());
  }
}
