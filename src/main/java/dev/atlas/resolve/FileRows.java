package dev.atlas.resolve;

import dev.atlas.dataset.ArticleRow;
import dev.atlas.dataset.Mention;
import dev.atlas.dataset.PartsBuffer;
import dev.atlas.dataset.TableRows;
import java.io.IOException;

/**
 * Where each result of reading a file goes among the part files: a linked mention is final, so it
 * goes to both mention tables at once, with the names it claims for the name join; a name-only
 * mention waits, under the name it is looked up by, for {@link NameJoin}; the article's row and a
 * rejection go to their tables. Nothing is kept: a file's rows leave with the file.
 */
public final class FileRows {
  private FileRows() {}

  /** Adds the rows of one extracted file to {@code parts}. */
  public static void add(PartsBuffer parts, FileExtraction x) throws IOException {
    if (x.rejection() != null) {
      parts.add(TableRows.REJECTED_PARTS, TableRows.rejected(x.rejection()));
      return;
    }
    for (Mention m : x.mentions()) {
      add(parts, m);
    }
    add(parts, x.article());
  }

  /** Adds the rows of one mention, new or carried from a previous dataset. */
  public static void add(PartsBuffer parts, Mention m) throws IOException {
    if (!m.linked()) {
      parts.add(TableRows.NAME_ONLY_PARTS, TableRows.nameOnly(ProjectKeys.lookupName(m), m));
      return;
    }
    TableRows.addMention(parts, m);
    for (String name : ProjectKeys.evidenceNames(m)) {
      parts.add(TableRows.CLAIM_PARTS, TableRows.claim(name, m.projectId()));
    }
  }

  /** Adds the row of one article, new or carried from a previous dataset. */
  public static void add(PartsBuffer parts, ArticleRow a) throws IOException {
    parts.add(TableRows.ARTICLE_PARTS, TableRows.article(a));
  }
}
