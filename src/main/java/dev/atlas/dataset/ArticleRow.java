package dev.atlas.dataset;

import dev.atlas.article.Article;
import java.io.Serializable;
import java.util.List;

/**
 * One row of {@code articles.csv}.
 *
 * @param articleId stable id: the first 16 hex digits of the file's SHA-256
 * @param file file name as matched
 * @param title title without site suffix
 * @param language zh, en or und
 * @param published ISO date or empty
 * @param sourceUrl original URL or empty
 * @param encoding charset the file was decoded with
 * @param entryCount entries found
 * @param sha256 hex SHA-256 of the raw bytes
 */
public record ArticleRow(
    String articleId, String file, String title, String language, String published,
    String sourceUrl, String encoding, int entryCount, String sha256) implements Serializable {

  /** The CSV header of {@code articles.csv}. */
  public static final List<String> COLUMNS =
      List.of("article_id", "file", "title", "language", "published", "source_url", "encoding",
          "entry_count", "sha256");

  /** Returns the row for {@code article} with {@code entryCount} entries. */
  public static ArticleRow of(Article article, int entryCount) {
    return new ArticleRow(article.sha256().substring(0, Math.min(16, article.sha256().length())),
        article.file(), article.title(), article.language(), article.published(),
        article.sourceUrl(), article.encoding(), entryCount, article.sha256());
  }

  /** Returns the row's cells in {@link #COLUMNS} order. */
  public List<String> cells() {
    return List.of(articleId, file, title, language, published, sourceUrl, encoding,
        Integer.toString(entryCount), sha256);
  }
}
