package dev.atlas.testing;

import dev.atlas.dataset.RecordSchema;
import java.util.HashMap;
import java.util.Map;

/**
 * Test records built by column name, as a CSV row would give them: {@code Rows.of(Mention.SCHEMA,
 * "article_file", "a.md", "stars", "1200")}. A column left out takes its absent value, so a test
 * that builds mentions this way needs no change when a column is added.
 */
public final class Rows {
  private Rows() {}

  /** Returns the record of {@code schema} whose cells are the given (column, cell) pairs. */
  public static <T extends Record> T of(RecordSchema<T> schema, String... columnsAndCells) {
    if (columnsAndCells.length % 2 != 0) {
      throw new IllegalArgumentException("pairs of column and cell expected");
    }
    Map<String, String> cells = new HashMap<>();
    for (int i = 0; i < columnsAndCells.length; i += 2) {
      if (!schema.header().contains(columnsAndCells[i])) {
        throw new IllegalArgumentException(schema.name() + " has no column " + columnsAndCells[i]);
      }
      cells.put(columnsAndCells[i], columnsAndCells[i + 1]);
    }
    return schema.fromCells(cells::get);
  }
}
