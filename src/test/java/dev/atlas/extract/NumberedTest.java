package dev.atlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.atlas.article.ArticleReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A text's leading number, and texts that have none. */
class NumberedTest {
  @Test
  void readsANumberOnALineOfItsOwn() {
    assertEquals(new Numbered(7, false, false, ""), Numbered.parse("07", 0));
  }

  @Test
  void readsARankAfterAnEmoji() {
    assertEquals(new Numbered(1, true, false, "Nimbus"), Numbered.parse("🏆 No.1 Nimbus", 0));
  }

  /** Found by fuzzing: a cell of symbols only ("━") left nothing after the decoration and failed. */
  @Test
  void aTextOfSymbolsOnlyHasNoNumber() {
    assertEquals(new Numbered(0, false, false, "━"), Numbered.parse("━", 0));
    assertEquals(new Numbered(0, false, false, "🏆 ✨"), Numbered.parse("🏆 ✨", 0));
  }

  /** The same through the finder: a header-less table row with such a cell is read, not failed. */
  @Test
  void aTableRowWithASymbolCellIsRead() throws Exception {
    String md = "# Repos\n\n| [Orca](https://github.com/example/orca) | 3,400 stars | ━ |\n"
        + "| [Kite](https://github.com/example/kite) | 1,200 stars | ━ |\n";
    var entries = EntryFinder.find(ArticleReader.parse("t.md", md.getBytes(StandardCharsets.UTF_8)));
    assertEquals(2, entries.size(), entries.toString());
    assertEquals("Orca", entries.get(0).name());
    assertEquals(3400L, entries.get(0).stars().value());
    assertEquals("Kite", entries.get(1).name());
  }
}
