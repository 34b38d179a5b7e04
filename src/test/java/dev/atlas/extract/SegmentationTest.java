package dev.atlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.article.Article;
import dev.atlas.article.ArticleReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentationTest {
  private static Segmentation segment(String file, String text) throws Exception {
    Article a = ArticleReader.parse(file, text.getBytes(StandardCharsets.UTF_8));
    return Segmentation.of(a);
  }

  private static List<String> names(Segmentation s) {
    return s.entries().stream().map(Entry::name).toList();
  }

  @Test
  void aTableOfContentsRepeatingTheDetailedListIsDropped() throws Exception {
    Segmentation s = segment("w.md", """
        # 周刊

        **目录：**
        1. 构建工具:alpha 205.9k⭐
        2. 前端工具:beta 69.6k⭐
        3. 监控平台:gamma 4.7k⭐

        ## 1.构建工具:alpha 206.1k⭐
        - **项目地址**：[https://github.com/a/alpha](https://github.com/a/alpha)
        - 入选[日榜](https://x.example/t),日增⭐180 stars today

        ## 2.前端工具:beta 69.9k⭐
        - **项目地址**：[https://github.com/b/beta](https://github.com/b/beta)

        ## 3.监控平台:gamma 4.8k⭐
        - **项目地址**：[https://github.com/c/gamma](https://github.com/c/gamma)
        """);
    assertEquals(List.of("alpha", "beta", "gamma"), names(s));
    assertEquals(206100, s.entries().get(0).stars().value(), "the heading's figure, not the TOC's or the day's gain");
    assertEquals(1, s.entries().get(0).rank(), "numbered and going down in stars: a ranking");
    assertTrue(s.decisions().stream().anyMatch(d -> d.verdict().startsWith("dropped: repeats")));
  }

  @Test
  void theShapeThatExplainsMostEvidenceWinsOverSectionHeadings() throws Exception {
    Segmentation s = segment("p.md", """
        # Most useful repos

        ## Frameworks
        [TensorFlow](https://github.com/tensorflow/tensorflow) (172.4k stars)
        A platform.

        [PyTorch](https://github.com/pytorch/pytorch) (84.9k stars)
        A framework.

        ## Ethics
        [Responsible AI Toolbox](https://github.com/mit-ll-responsible-ai/responsible-ai-toolbox)
        Tools.
        """);
    assertEquals(List.of("TensorFlow", "PyTorch", "Responsible AI Toolbox"), names(s));
    assertEquals(List.of("item+repo+stars", "item+repo+stars", "item+repo").size(), s.entries().size());
    assertEquals(172400, s.entries().get(0).stars().value());
  }

  @Test
  void sectionsWithoutEvidenceInAListOfListsYieldNothing() throws Exception {
    Segmentation s = segment("r.md", """
        # Weekly

        ## 文章

        1、[一篇文章](https://example.com/post)

        2、[另一篇](https://example.org/p2)

        ## 工具

        1、[Alpha](https://github.com/a/alpha)

        一个工具。

        2、[Site](https://site.example/)

        一个网站。

        3、[Beta](https://github.com/b/beta)
        """);
    assertEquals(List.of("Alpha", "Site", "Beta"), names(s), "a list item linking a homepage is still an entry");
    assertEquals("https://site.example/", s.entries().get(1).link());
  }

  @Test
  void aListWithoutAnyEvidenceIsNotFeatured() throws Exception {
    Segmentation s = segment("n.md", "# Notes\n\n## Setup\n\nInstall it.\n\n## Usage\n\nRun it.\n");
    assertTrue(s.entries().isEmpty());
    assertTrue(s.decisions().stream().allMatch(d -> d.verdict().startsWith("rejected")));
  }

  @Test
  void aThreadOrPaperLinkedFromAProjectListIsNoEntry() throws Exception {
    Segmentation s = segment("t.md", """
        # Picks

        ## [Alpha](https://github.com/a/alpha)

        Fast.

        ## [Beta](https://github.com/b/beta)

        Small.

        ## [Why everyone argues about Beta](https://www.reddit.com/r/MachineLearning/comments/x)

        A thread.

        ## [Gamma](https://gamma.example/)

        No repository, a homepage.
        """);
    assertEquals(List.of("Alpha", "Beta", "Gamma"), names(s));
  }
}
