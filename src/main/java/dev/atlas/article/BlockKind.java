package dev.atlas.article;

/** The kinds of block an article is made of, whatever its source format. */
public enum BlockKind {
  /** A markdown {@code #} heading or an HTML {@code h1}-{@code h6}; {@link Block#level()} is 1-6. */
  HEADING,
  /** A line that is nothing but bold text ({@code **Name**}, {@code <p><strong>Name</strong></p>}). */
  BOLD_LINE,
  /** A line of running text. */
  PARAGRAPH,
  /** A bullet or numbered list item; {@link Block#ordinal()} holds its number when numbered. */
  LIST_ITEM,
  /** One row of a table; {@link Block#cells()} holds its cells. */
  TABLE_ROW,
  /** Preformatted code; never a source of fields. */
  CODE
}
