package dev.atlas.article;

import dev.atlas.Validate;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads one file into an {@link Article}: size check, bytes (one version of the file, see
 * {@link FileSnapshot}), charset, format by extension (HTML
 * through jsoup, everything else as markdown/text), metadata.
 */
public final class ArticleReader {
  private ArticleReader() {}

  /** Reads {@code path}, or throws with the reason the file cannot be an article. */
  public static Article read(Path path, long maxBytes) throws ArticleReadException {
    return read(path, maxBytes, FileSnapshot.Opener.FILES);
  }

  /**
   * Reads {@code path} with its bytes opened by {@code source}, or throws with the reason the file
   * cannot be an article: an I/O failure while reading is {@link RejectReason#UNREADABLE}.
   */
  public static Article read(Path path, long maxBytes, FileSnapshot.Opener source) throws ArticleReadException {
    Validate.notNull(path, "path");
    Validate.notNull(source, "source");
    String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    byte[] bytes = FileSnapshot.read(path, maxBytes, source);
    return parse(file, bytes);
  }

  /** Parses the bytes of a file named {@code file}, or throws with the reason it is no article. */
  public static Article parse(String file, byte[] bytes) throws ArticleReadException {
    Validate.notNull(file, "file");
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    String text = decoded.text();
    String title;
    String published;
    String source;
    List<Block> blocks;
    if (isHtml(file, text)) {
      HtmlArticleParser.Page page = HtmlArticleParser.parse(text);
      blocks = page.blocks();
      title = ArticleMetadata.cleanTitle(page.head().title());
      published = ArticleMetadata.dateOrEmpty(page.head().published());
      source = page.head().canonical();
    } else {
      blocks = MarkdownArticleParser.parse(text);
      title = "";
      published = "";
      source = "";
    }
    if (title.isEmpty()) {
      title = ArticleMetadata.title(blocks);
    }
    if (published.isEmpty()) {
      published = ArticleMetadata.published(blocks);
    }
    if (source.isEmpty()) {
      source = ArticleMetadata.sourceUrl(blocks);
    } else {
      source = dev.atlas.extract.LinkNormalizer.withoutTracking(source);
    }
    return new Article(file, title, ArticleMetadata.language(blocks), published, source,
        decoded.charset(), sha256(bytes), blocks);
  }

  /** Returns true for files named .html/.htm, or whose text starts like an HTML document. */
  static boolean isHtml(String file, String text) {
    String name = file.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return true;
    }
    String head = text.stripLeading();
    head = head.substring(0, Math.min(head.length(), 200)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
