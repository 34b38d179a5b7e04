package dev.atlas.bench;

import dev.atlas.dataset.PartsBuffer;
import dev.atlas.resolve.FileExtraction;
import dev.atlas.resolve.FileRows;
import dev.atlas.resolve.NameJoin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The extraction and resolution code run in one thread with no Beam: the floor that shows what
 * the pipeline costs. It writes the same sorted parts the pipeline writes, through the same
 * {@link FileRows}, and runs the same {@link NameJoin} after.
 */
public final class PlainLoop {
  private PlainLoop() {}

  /** One file to read: its name in the dataset and its path. */
  public record Input(String name, Path path) {}

  /** Seconds spent reading, extracting and writing parts, and joining names. */
  public record Seconds(double extract, double resolve) {}

  /** Reads {@code files}, writes every table's rows as sorted parts under {@code partsDir} and joins names. */
  public static Seconds run(List<Input> files, Path partsDir, long maxBytes, long timeoutMillis) throws IOException {
    long start = System.nanoTime();
    PartsBuffer parts = new PartsBuffer(partsDir);
    for (Input f : files) {
      FileRows.add(parts, FileExtraction.of(f.name(), f.path(), maxBytes, timeoutMillis));
    }
    parts.flush();
    long extracted = System.nanoTime();
    NameJoin.resolve(partsDir);
    return new Seconds((extracted - start) / 1e9, (System.nanoTime() - extracted) / 1e9);
  }
}
