package dev.atlas.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows on their way to the part files of their tables: held until {@link #flush}, or until the
 * buffer holds {@link #MAX_ROWS} rows, then written as one sorted part per table. A part is named
 * by a digest of its rows' keys, so writing the same rows again (a retried bundle) replaces a part
 * with its twin instead of adding a copy, and the merge drops repeats of a row in any case.
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
      List<SortedParts.Row> sorted = table.getValue();
      sorted.sort(SortedParts.ORDER);
      SortedParts.write(partsDir.resolve(table.getKey()).resolve("part-" + digest(sorted)), sorted);
    }
    tables.clear();
    rows = 0;
  }

  private static String digest(List<SortedParts.Row> rows) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (SortedParts.Row r : rows) {
        md.update(r.key().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
