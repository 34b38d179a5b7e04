package dev.atlas.article;

import dev.atlas.Validate;
import java.io.Serializable;
import java.util.List;

/**
 * One structural unit of an article.
 *
 * @param kind what the block is
 * @param level heading level 1-6 for headings, 7 for bold lines, list indent for list items; for a
 *     paragraph, 1 + the indent of the list item it continues (0 outside a list)
 * @param text the visible text, markup, images and inline HTML removed
 * @param source the block as written, minus its block markers ({@code #}, {@code >}, {@code **}, bullets)
 * @param links the links inside the block, in order
 * @param cells table cells for {@link BlockKind#TABLE_ROW}, else empty
 * @param ordinal the number of a numbered list item, else 0
 * @param line the 1-based line where the block starts in the file
 */
public record Block(
    BlockKind kind,
    int level,
    String text,
    String source,
    List<Link> links,
    List<Cell> cells,
    int ordinal,
    int line)
    implements Serializable {

  /** Level given to bold lines, below every real heading level. */
  public static final int BOLD_LEVEL = 7;

  /** Creates a block; lists are copied and exposed read-only. */
  public Block {
    Validate.notNull(kind, "kind");
    text = text == null ? "" : text;
    source = source == null ? "" : source;
    links = List.copyOf(links == null ? List.of() : links);
    cells = List.copyOf(cells == null ? List.of() : cells);
  }

  /** Returns true for headings and bold lines: the blocks that can open an entry. */
  public boolean isHeadingLike() {
    return kind == BlockKind.HEADING || kind == BlockKind.BOLD_LINE;
  }

  /** A table cell: its visible text and its links. */
  public record Cell(String text, List<Link> links) implements Serializable {
    /** Creates a cell; the link list is copied. */
    public Cell {
      text = text == null ? "" : text;
      links = List.copyOf(links == null ? List.of() : links);
    }
  }
}
