package dev.atlas.dataset;

import static dev.atlas.dataset.Column.date;
import static dev.atlas.dataset.Column.integer;
import static dev.atlas.dataset.Column.text;

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

  /** The columns of {@code articles.csv} and {@code articles.parquet}. */
  public static final RecordSchema<ArticleRow> SCHEMA = RecordSchema.of(ArticleRow.class,
      text("article_id"), text("file"), text("title"), text("language"), date("published"), text("source_url"),
      text("encoding"), integer("entry_count"), text("sha256"));

  /** The CSV header of {@code articles.csv}. */
  public static final List<String> COLUMNS = SCHEMA.header();

  /** Returns the row for {@code article} with {@code entryCount} entries. */
  public static ArticleRow of(Article article, int entryCount) {
    return new ArticleRow(article.sha256().substring(0, Math.min(16, article.sha256().length())),
        article.file(), article.title(), article.language(), article.published(),
        article.sourceUrl(), article.encoding(), entryCount, article.sha256());
  }
}
