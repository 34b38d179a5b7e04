package dev.atlas.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows on their way to the part files of their tables: held until {@link #flush}, or until the
 * buffer holds {@link #MAX_ROWS} rows, then written as one sorted part per table
 * ({@link SortedParts#writePart}: writing the same rows again, as a retried bundle does, replaces a
 * part with its twin).
 */
public final class PartsBuffer {
  /** Rows held before the buffer writes them out by itself: some 25 MB of heap at most. */
  public static final int MAX_ROWS = 50_000;

  private final Path partsDir;
  private final Map<String, List<SortedParts.Row>> tables = new TreeMap<>();
  private int rows;

  /** A buffer writing into {@code partsDir}, one folder per table. */
  public PartsBuffer(Path partsDir) {
    this.partsDir = partsDir;
  }

  /** Adds {@code row} to {@code table}, writing the buffer out when it is full. */
  public void add(String table, SortedParts.Row row) throws IOException {
    tables.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
    if (++rows >= MAX_ROWS) {
      flush();
    }
  }

  /** Writes every table's rows as one sorted part and empties the buffer; an empty buffer writes nothing. */
  public void flush() throws IOException {
    for (Map.Entry<String, List<SortedParts.Row>> table : tables.entrySet()) {
      SortedParts.writePart(partsDir.resolve(table.getKey()), table.getValue());
    }
    tables.clear();
    rows = 0;
  }
}
