package dev.atlas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.atlas.testing.FuzzBudget;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of {@link MarkdownArticleParser} on any bytes read as UTF-8, as a
 * file's text reaches it ({@code bench/fuzz.sh MarkdownArticleParserFuzzTest}). The parser never
 * fails, stays within the per-input budget, numbers lines from 1 and gives the same blocks twice.
 */
class MarkdownArticleParserFuzzTest {
  /** Line breaks as the parser counts them: LF, CRLF and a lone CR (old Mac files). */
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  @FuzzTest
  @Timeout(FuzzBudget.HARD_SECONDS)
  void parse(byte[] bytes) throws ArticleReadException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<Block> blocks = FuzzBudget.within(() -> MarkdownArticleParser.parse(text));
    long lines = LINE_BREAK.matcher(text).results().count() + 1;
    for (Block b : blocks) {
      assertNotNull(b.kind());
      assertTrue(b.line() >= 1 && b.line() <= lines, "line " + b.line() + " of " + lines);
    }
    assertEquals(blocks, MarkdownArticleParser.parse(text), "parsing is deterministic");
  }
}
