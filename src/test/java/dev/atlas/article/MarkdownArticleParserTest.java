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
    assertEquals(BlockKind.HEADING, b.get(0).kind());
    assertEquals(1, b.get(0).level());
    assertEquals(BlockKind.BOLD_LINE, b.get(1).kind());
    assertEquals("▌TensorFlow", b.get(1).text());
    assertEquals(BlockKind.LIST_ITEM, b.get(2).kind());
    assertEquals(2, b.get(3).ordinal());
    assertEquals(BlockKind.TABLE_ROW, b.get(4).kind());
    assertEquals(1, b.get(4).level());
    assertEquals("https://github.com/a/b", b.get(5).cells().get(1).links().get(0).href());
    assertEquals(BlockKind.HEADING, b.get(6).kind());
    assertEquals("Setext", b.get(6).text());
    assertEquals(12, b.get(6).line());
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
    assertEquals("https://github.com/1991viet/QuickDraw", c.links().get(c.links().size() - 1).href());
  }

  @Test
  void codeFencesAreCode() {
    List<Block> b = MarkdownArticleParser.parse("```\n# not a heading\n```\n");
    assertEquals(1, b.size());
    assertEquals(BlockKind.CODE, b.get(0).kind());
  }
}
