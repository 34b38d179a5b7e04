package dev.atlas.bench;

import dev.atlas.dataset.Mention;
import dev.atlas.dataset.SortedParts;
import dev.atlas.dataset.TableRows;
import dev.atlas.resolve.FileExtraction;
import dev.atlas.resolve.NameResolver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The extraction and resolution code run in one thread with no Beam: the floor that shows what
 * the pipeline costs. It writes the same sorted parts the pipeline writes, one part per table.
 */
public final class PlainLoop {
  private PlainLoop() {}

  /** One file to read: its name in the dataset and its path. */
  public record Input(String name, Path path) {}

  /** Seconds spent reading and extracting, resolving project ids, and writing parts. */
  public record Seconds(double extract, double resolve, double write) {}

  /** Reads {@code files} and writes every table's rows as one sorted part under {@code partsDir}. */
  public static Seconds run(List<Input> files, Path partsDir, long maxBytes, long timeoutMillis) throws IOException {
    long start = System.nanoTime();
    List<Mention> mentions = new ArrayList<>();
    List<SortedParts.Row> articles = new ArrayList<>();
    List<SortedParts.Row> rejected = new ArrayList<>();
    for (Input f : files) {
      FileExtraction x = FileExtraction.of(f.name(), f.path(), maxBytes, timeoutMillis);
      if (x.rejection() != null) {
        rejected.add(TableRows.rejected(x.rejection()));
      } else {
        mentions.addAll(x.mentions());
        articles.add(TableRows.article(x.article()));
      }
    }
    long extracted = System.nanoTime();
    NameResolver resolver = new NameResolver();
    mentions.forEach(resolver::addEvidence);
    List<SortedParts.Row> mentionRows = new ArrayList<>();
    List<SortedParts.Row> projectRows = new ArrayList<>();
    for (Mention m : mentions) {
      Mention resolved = m.withProjectId(resolver.resolve(m));
      mentionRows.add(TableRows.mention(resolved));
      projectRows.add(TableRows.mentionOfProject(resolved));
    }
    long resolved = System.nanoTime();
    SortedParts.write(partsDir.resolve(TableRows.MENTION_PARTS).resolve("part-00000"), mentionRows);
    SortedParts.write(partsDir.resolve(TableRows.PROJECT_MENTION_PARTS).resolve("part-00000"), projectRows);
    SortedParts.write(partsDir.resolve(TableRows.ARTICLE_PARTS).resolve("part-00000"), articles);
    SortedParts.write(partsDir.resolve(TableRows.REJECTED_PARTS).resolve("part-00000"), rejected);
    long written = System.nanoTime();
    return new Seconds((extracted - start) / 1e9, (resolved - extracted) / 1e9, (written - resolved) / 1e9);
  }
}
