package dev.atlas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.atlas.testing.FuzzBudget;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of {@link HtmlArticleParser} on any bytes read as UTF-8 ({@code bench/fuzz.sh
 * HtmlArticleParserFuzzTest}). The parser never fails, stays within the per-input budget, gives a
 * head and blocks numbered from line 1, and the same page twice.
 */
class HtmlArticleParserFuzzTest {
  @FuzzTest
  @Timeout(FuzzBudget.HARD_SECONDS)
  void parse(byte[] bytes) throws ArticleReadException {
    String html = new String(bytes, StandardCharsets.UTF_8);
    HtmlArticleParser.Page page = FuzzBudget.within(() -> HtmlArticleParser.parse(html));
    assertNotNull(page.head());
    for (Block b : page.blocks()) {
      assertNotNull(b.kind());
      assertTrue(b.line() >= 1, "line " + b.line());
    }
    assertEquals(page, HtmlArticleParser.parse(html), "parsing is deterministic");
  }
}
