package dev.atlas.article;

import dev.atlas.Validate;
import java.io.Serializable;
import java.util.List;

/**
 * An article file read and parsed into metadata and blocks.
 *
 * @param file the file name as matched (no folder)
 * @param title the title without a site suffix, or empty
 * @param language {@code zh} or {@code en} (dominant script), or {@code und}
 * @param published ISO date {@code yyyy-MM-dd} the article states, or empty
 * @param sourceUrl the original URL the article states, tracking parameters removed, or empty
 * @param encoding the charset the file was decoded with
 * @param sha256 hex SHA-256 of the raw bytes
 * @param blocks the body, in order
 */
public record Article(
    String file,
    String title,
    String language,
    String published,
    String sourceUrl,
    String encoding,
    String sha256,
    List<Block> blocks)
    implements Serializable {

  /** Creates an article; null strings become empty and the block list is copied. */
  public Article {
    Validate.notNull(file, "file");
    title = title == null ? "" : title;
    language = language == null ? "und" : language;
    published = published == null ? "" : published;
    sourceUrl = sourceUrl == null ? "" : sourceUrl;
    encoding = encoding == null ? "" : encoding;
    sha256 = sha256 == null ? "" : sha256;
    blocks = List.copyOf(blocks == null ? List.of() : blocks);
  }
}
