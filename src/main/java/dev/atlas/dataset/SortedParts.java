package dev.atlas.dataset;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Sorted part files: each shard of a table is written sorted by its row key, and the parts are
 * merged into one stream by a k-way merge, so no single place holds a whole table. A row carries
 * its record in the record schema's binary coding, which the merge hands on undecoded.
 */
public final class SortedParts {
  /** Marks a part still being written; the merge skips such files. */
  private static final String TMP = ".tmp-";

  private SortedParts() {}

  /**
   * A row to write: the key it sorts by and its record's bytes.
   *
   * @param key the sort key
   * @param data the record, coded by its {@link RecordSchema}
   */
  public record Row(String key, byte[] data) {
    /** Rows are equal when their keys and bytes are (the merge drops such repeats). */
    @Override
    public boolean equals(Object o) {
      return o instanceof Row r && r.key.equals(key) && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
      return key.hashCode() * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "Row[" + key + ", " + data.length + " bytes]";
    }
  }

  /** The order of rows in parts and in merged streams: by key, then by bytes (unsigned). */
  public static final Comparator<Row> ORDER =
      Comparator.comparing(Row::key).thenComparing(Row::data, Arrays::compareUnsigned);

  /**
   * Sorts {@code rows} by key (then bytes) and writes them to {@code part}, replacing it. The rows
   * go to a temporary file of this write's own that is renamed to {@code part} only when complete,
   * so a writer killed halfway (a lost worker) leaves no part the merge would read, and two attempts
   * at one bundle never write into one file. The table's folder is created when missing, but not
   * the parts folder above it: a writer still finishing after its run failed cannot bring back the
   * staging folder the run removed.
   */
  public static void write(Path part, List<Row> rows) throws IOException {
    writeSorted(part, sorted(rows));
  }

  /**
   * Writes {@code rows} as a new part of {@code table}, as {@link #write} does, named by a digest of
   * their keys in order: writing the same rows again (a retried bundle) replaces the part with its
   * twin instead of adding a copy, and the merge drops repeats of a row in any case.
   */
  public static void writePart(Path table, List<Row> rows) throws IOException {
    List<Row> sorted = sorted(rows);
    writeSorted(table.resolve("part-" + digestOfKeys(sorted)), sorted);
  }

  private static List<Row> sorted(List<Row> rows) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(ORDER);
    return sorted;
  }

  private static String digestOfKeys(List<Row> rows) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Row r : rows) {
        md.update(r.key().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest(), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writeSorted(Path part, List<Row> sorted) throws IOException {
    Path table = part.getParent();
    if (!Files.isDirectory(table)) {
      if (!Files.isDirectory(table.getParent())) {
        throw new NoSuchFileException(table.getParent().toString(), null, "the parts folder is gone");
      }
      try {
        Files.createDirectory(table);
      } catch (FileAlreadyExistsException another) {
        // another bundle created it
      }
    }
    Path tmp = part.resolveSibling(part.getFileName() + TMP + UUID.randomUUID());
    try {
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
        for (Row row : sorted) {
          byte[] key = row.key().getBytes(StandardCharsets.UTF_8);
          out.writeInt(key.length);
          out.write(key);
          out.writeInt(row.data().length);
          out.write(row.data());
        }
      }
      Files.move(tmp, part, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /** Takes the rows of a merge, one at a time, in order. */
  @FunctionalInterface
  public interface RowSink {
    /** Takes the next row. */
    void accept(Row row) throws IOException;
  }

  /**
   * Streams every row of the part files in {@code folder} (never a part still being written) to
   * {@code sink}, in key (then byte) order, by a k-way merge; a row identical to the one before it
   * (a part written twice) is given once. A missing folder gives no rows. Returns the number of
   * rows given.
   */
  public static long merge(Path folder, RowSink sink) throws IOException {
    long count = 0;
    try (Merge rows = open(folder)) {
      for (Row row = rows.next(); row != null; row = rows.next()) {
        sink.accept(row);
        count++;
      }
    }
    return count;
  }

  /** Returns the rows of the part files in {@code folder} as {@link #merge} gives them, one {@link Merge#next} at a time. */
  public static Merge open(Path folder) throws IOException {
    List<Path> parts = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> s = Files.list(folder)) {
        s.filter(p -> !p.getFileName().toString().contains(TMP)).sorted().forEach(parts::add);
      }
    }
    return new Merge(parts);
  }

  /** A k-way merge of sorted parts read one row at a time; closing it closes every part. */
  public static final class Merge implements java.io.Closeable {
    private final PriorityQueue<Cursor> queue =
        new PriorityQueue<>(Comparator.comparing((Cursor c) -> c.row, ORDER).thenComparingInt(c -> c.index));
    private final List<DataInputStream> streams = new ArrayList<>();
    private Row previous;

    private Merge(List<Path> parts) throws IOException {
      try {
        for (int i = 0; i < parts.size(); i++) {
          DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(parts.get(i)), 1 << 16));
          streams.add(in);
          Row row = read(in);
          if (row != null) {
            queue.add(new Cursor(row, in, i));
          }
        }
      } catch (IOException | RuntimeException e) {
        close();
        throw e;
      }
    }

    /** Returns the next row in order, or null after the last; a row equal to the one before is skipped. */
    public Row next() throws IOException {
      while (!queue.isEmpty()) {
        Cursor c = queue.poll();
        Row next = read(c.in);
        if (next != null) {
          queue.add(new Cursor(next, c.in, c.index));
        }
        if (!c.row.equals(previous)) {
          previous = c.row;
          return c.row;
        }
      }
      return null;
    }

    @Override
    public void close() throws IOException {
      IOException failure = null;
      for (DataInputStream in : streams) {
        try {
          in.close();
        } catch (IOException e) {
          failure = failure == null ? e : failure;
        }
      }
      if (failure != null) {
        throw failure;
      }
    }
  }

  private record Cursor(Row row, DataInputStream in, int index) {}

  private static Row read(DataInputStream in) throws IOException {
    int n;
    try {
      n = in.readInt();
    } catch (EOFException end) {
      return null;
    }
    String key = new String(readBytes(in, n), StandardCharsets.UTF_8);
    return new Row(key, readBytes(in, in.readInt()));
  }

  private static byte[] readBytes(DataInputStream in, int n) throws IOException {
    if (n < 0) {
      throw new IOException("malformed part file: length " + n);
    }
    byte[] b = in.readNBytes(n);
    if (b.length != n) {
      throw new EOFException("truncated part file");
    }
    return b;
  }
}
