package dev.atlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.article.Article;
import dev.atlas.article.ArticleReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  private static List<Evidence> evidence(String text) throws Exception {
    Article a = ArticleReader.parse("a.md", text.getBytes(StandardCharsets.UTF_8));
    return Evidence.of(a.blocks());
  }

  @Test
  void gainsAreNotTotals() throws Exception {
    List<Evidence> e = evidence("""
        # T

        入选2023-06-23日榜,日增⭐180 stars today

        ⭐ 标星：1.9万（本周 +1.5万）

        1,335 stars this week

        (172.4k stars)
        """);
    assertTrue(e.get(1).totals().isEmpty());
    assertTrue(e.get(1).figures().get(0).gain());
    assertEquals(19000, e.get(2).totals().get(0).stars().value());
    assertEquals(1, e.get(2).figures().size(), "the gain in parentheses has no star word");
    assertTrue(e.get(3).totals().isEmpty());
    assertEquals(172400, e.get(4).totals().get(0).stars().value());
  }

  @Test
  void unitsSpacesAndFractionsAreRead() throws Exception {
    List<Evidence> e = evidence("# T\n\n11万star，6千fork\n\n## 88 356 ★\n\nGitHub Star: 84.4\n");
    assertEquals(110000, e.get(1).totals().get(0).stars().value());
    assertEquals(88356, e.get(2).totals().get(0).stars().value());
    assertTrue(e.get(3).figures().get(0).unitless(), "no count has a fraction: the unit is missing");
  }

  @Test
  void submissionCreditsAndCiRunsNameNoRepository() throws Exception {
    List<Evidence> e = evidence("""
        # T

        一个工具（[@user](https://github.com/ruanyf/weekly/issues/4195) 投稿）

        [1] https://github.com/tensorflow/tensorflow/actions/runs/8611825691

        GitHub地址：https://github.com/danielmiessler/fabric.git

        repo: myshell-ai/MeloTTS

        [![](cover.png)](https://github.com/facebook/react)
        """);
    assertTrue(e.get(1).repos().isEmpty());
    assertTrue(e.get(2).repos().isEmpty());
    assertEquals("danielmiessler/fabric", e.get(3).repos().get(0).repo().key());
    assertTrue(e.get(3).repos().get(0).labelled());
    assertEquals("myshell-ai/melotts", e.get(4).repos().get(0).repo().key());
    assertTrue(e.get(5).repos().get(0).bare(), "a linked image is the record's link");
  }

  @Test
  void genericLinkTextLabelsTheLinkAsTheProjects() throws Exception {
    List<Evidence> e = evidence("# T\n\n你可以在[这里](https://github.com/invoke-ai/InvokeAI)找到它。\n\nSee [TensorFlow](https://github.com/tensorflow/tensorflow).\n");
    assertTrue(e.get(1).repos().get(0).labelled());
    assertFalse(e.get(2).repos().get(0).labelled());
  }
}
