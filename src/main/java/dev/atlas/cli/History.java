package dev.atlas.cli;

import dev.atlas.dataset.ArticleRow;
import dev.atlas.dataset.DatasetReader;
import dev.atlas.dataset.Mention;
import dev.atlas.dataset.PartsBuffer;
import dev.atlas.resolve.FileRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.values.KV;

/**
 * What a run carries from {@code --previous}: the old dataset's mentions and article rows, minus
 * those of files this run reads again (the new reading wins), so reruns never double-count.
 */
record History(List<Mention> mentions, List<ArticleRow> articles) {
  /** Writes the carried mentions and article rows into the parts under {@code partsDir}, as a file's rows are written. */
  void writeTo(Path partsDir) throws IOException {
    PartsBuffer parts = new PartsBuffer(partsDir);
    for (Mention m : mentions) {
      FileRows.add(parts, m);
    }
    for (ArticleRow a : articles) {
      FileRows.add(parts, a);
    }
    parts.flush();
  }

  /** Loads the history of {@code previous} (none when null) against the files of this run. */
  static History load(String previous, List<KV<String, String>> files) throws IOException {
    if (previous == null) {
      return new History(List.of(), List.of());
    }
    Path dir = Path.of(previous);
    Set<String> reread = new HashSet<>();
    files.forEach(f -> reread.add(f.getKey()));
    List<Mention> mentions = new ArrayList<>();
    for (Mention m : DatasetReader.mentions(dir)) {
      if (!reread.contains(m.articleFile())) {
        mentions.add(m);
      }
    }
    List<ArticleRow> articles = new ArrayList<>();
    for (ArticleRow a : DatasetReader.articles(dir)) {
      if (!reread.contains(a.file())) {
        articles.add(a);
      }
    }
    return new History(List.copyOf(mentions), List.copyOf(articles));
  }
}
