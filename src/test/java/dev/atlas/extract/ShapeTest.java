package dev.atlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.article.Article;
import dev.atlas.article.ArticleReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapeTest {
  private static List<Shape> shapes(String file, String text) throws Exception {
    Article a = ArticleReader.parse(file, text.getBytes(StandardCharsets.UTF_8));
    return Shape.of(a.blocks());
  }

  @Test
  void numberedHeadingsShareATemplateThatPlainHeadingsDoNot() throws Exception {
    List<Shape> s = shapes("a.md", "# T\n\n## 1. Alpha\n\ntext.\n\n## 2. Beta\n\ntext.\n\n## More projects\n");
    assertEquals("h2#", s.get(1).key());
    assertEquals(1, s.get(1).number());
    assertEquals("Alpha", s.get(1).label());
    assertEquals(s.get(1).key(), s.get(3).key());
    assertEquals("h2", s.get(5).key());
  }

  @Test
  void rankLinesAreMarkersWithoutALabel() throws Exception {
    List<Shape> s = shapes("a.md", "# T\n\n## **Rank 10**\n\n## No.3: Dify\n");
    assertEquals("h2r", s.get(1).key());
    assertTrue(s.get(1).rankMarker());
    assertEquals(10, s.get(1).number());
    assertEquals("h2#", s.get(2).key());
    assertTrue(s.get(2).rankMarker());
    assertEquals("Dify", s.get(2).label());
  }

  @Test
  void repeatedLineLabelsAreFieldsAndRepeatedSubheadingsOpenNothing() throws Exception {
    List<Shape> s = shapes("a.md", """
        # T

        ## Alpha

        - 创建周期：40 天
        - Star数量：12 个

        **Key Features:**

        ## Beta

        - 创建周期：9 天

        **Overview**

        ## Gamma

        **Overview**
        """);
    assertNull(s.get(2).key(), "a label every record repeats is a field");
    assertEquals(Shape.Lead.FIELD, s.get(2).lead());
    assertNull(s.get(4).key(), "a line ending in a colon introduces what follows");
    assertNull(s.get(7).key(), "a subheading every project repeats is not a record");
  }

  @Test
  void aLineOfTimeAndATableOfFieldsAreNotOpeners() throws Exception {
    List<Shape> s = shapes("a.md", """
        # T

        0:31 - **moltworker**

        ### Polars

        | 欄位 | 內容 |
        | --- | --- |
        | GitHub | [pola-rs/polars](https://github.com/pola-rs/polars) |
        | Stars | 2.7 萬 |
        """);
    assertEquals(0, s.get(1).number(), "a timestamp orders, it does not number");
    assertEquals("moltworker", s.get(1).label());
    assertNull(s.get(4).key());
    assertNull(s.get(5).key());
  }

  @Test
  void framedLinesAreSectionHeadings() throws Exception {
    List<Shape> s = shapes("a.txt", "intro\n\n━━━━ 🧠 大模型 / NLP ━━━━\n\n—— 第 7 名 ——\n\n==> MeloTTS <==\n\n【推广】\n");
    assertEquals(Shape.FRAMED, s.get(1).rank());
    assertTrue(s.get(2).rankMarker());
    assertEquals(7, s.get(2).number());
    assertEquals("MeloTTS", s.get(3).label());
    assertEquals(Shape.BOLD, s.get(4).rank(), "a 【label】 line reaches as far as a bold line");
  }
}
