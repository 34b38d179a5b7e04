package dev.atlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.atlas.article.Article;
import dev.atlas.article.ArticleReadException;
import dev.atlas.article.ArticleReader;
import dev.atlas.dataset.ArticleRow;
import dev.atlas.resolve.ProjectKeys;
import dev.atlas.testing.FuzzBudget;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of {@link EntryFinder#find} on articles read from any bytes the way a run
 * reads a file (charset, then HTML when the text starts as a page, else markdown) ({@code bench/fuzz.sh EntryFinderFuzzTest}). Finding never fails and stays within the
 * per-input budget; entries are numbered 1..n in reading order and each becomes a mention.
 */
class EntryFinderFuzzTest {
  @FuzzTest
  @Timeout(FuzzBudget.HARD_SECONDS)
  void find(byte[] bytes) {
    Article article;
    List<Entry> entries;
    try {
      article = FuzzBudget.within(() -> ArticleReader.parse("fuzz.txt", bytes));
      entries = FuzzBudget.within(() -> EntryFinder.find(article));
    } catch (ArticleReadException e) {
      return; // no text to look at: the decoder's own fuzz test covers these
    }
    int line = 0;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      assertEquals(i + 1, e.position(), "entries are numbered in order");
      assertFalse(e.line() < line, "entries come in reading order");
      line = e.line();
      ProjectKeys.mention(article, e);
    }
    ArticleRow.of(article, entries.size());
  }
}
