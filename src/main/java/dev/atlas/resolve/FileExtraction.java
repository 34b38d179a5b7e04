package dev.atlas.resolve;

import dev.atlas.article.Article;
import dev.atlas.article.ArticleReadException;
import dev.atlas.article.ArticleReader;
import dev.atlas.article.Deadline;
import dev.atlas.article.FileSnapshot;
import dev.atlas.article.Rejection;
import dev.atlas.dataset.ArticleRow;
import dev.atlas.dataset.Mention;
import dev.atlas.extract.Entry;
import dev.atlas.extract.EntryFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One input file taken from bytes to dataset rows: read and parsed into an article, its entries
 * found, each entry made a mention. The parsed article lives only inside {@link #of}; what leaves
 * is the mentions and the article's row, or the reason the file was rejected. Never throws.
 *
 * @param mentions the entries found, in article order; empty when rejected
 * @param article the article's row, or null when rejected
 * @param rejection why the file could not be used, or null
 */
public record FileExtraction(List<Mention> mentions, ArticleRow article, Rejection rejection) {
  /**
   * Extracts the file at {@code path}, named {@code name} in the dataset, with a size limit and a
   * time budget for reading and again for finding entries.
   */
  public static FileExtraction of(String name, Path path, long maxBytes, long timeoutMillis) {
    return of(name, path, maxBytes, timeoutMillis, FileSnapshot.Opener.FILES);
  }

  /** Extracts as {@link #of(String, Path, long, long)} does, with the file's bytes read by {@code source}. */
  public static FileExtraction of(String name, Path path, long maxBytes, long timeoutMillis,
      FileSnapshot.Opener source) {
    try {
      Article read = Deadline.run(timeoutMillis, () -> ArticleReader.read(path, maxBytes, source));
      Article article = new Article(name, read.title(), read.language(), read.published(), read.sourceUrl(),
          read.encoding(), read.sha256(), read.blocks());
      List<Entry> entries = Deadline.run(timeoutMillis, () -> EntryFinder.find(article));
      List<Mention> mentions = new ArrayList<>(entries.size());
      for (Entry e : entries) {
        mentions.add(ProjectKeys.mention(article, e));
      }
      return new FileExtraction(List.copyOf(mentions), ArticleRow.of(article, entries.size()), null);
    } catch (ArticleReadException e) {
      return rejected(new Rejection(name, e.reason(), e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      return rejected(Rejection.error(name, e));
    }
  }

  private static FileExtraction rejected(Rejection r) {
    return new FileExtraction(List.of(), null, r);
  }
}
