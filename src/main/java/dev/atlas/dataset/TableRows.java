package dev.atlas.dataset;

import dev.atlas.article.Rejection;

/**
 * How each record becomes a sorted row of its table's part files: the part folder it goes to, the
 * key it sorts by, and the record in its schema's binary coding (the assembler renders the CSV,
 * JSON and Parquet files from it). The pipeline and the plain benchmark loop both write through
 * here. Stars history has no parts: it is read off the projects as they are assembled.
 */
public final class TableRows {
  /** Part folder of mention rows. */
  public static final String MENTION_PARTS = "mentions";
  /** Part folder of project rows, each a project with its mentions nested. */
  public static final String PROJECT_PARTS = "projects";
  /** Part folder of article rows. */
  public static final String ARTICLE_PARTS = "articles";
  /** Part folder of rejected-file rows. */
  public static final String REJECTED_PARTS = "rejected";

  private TableRows() {}

  /** The row of a mention, in article order. */
  public static SortedParts.Row mention(Mention m) {
    return new SortedParts.Row(m.sortKey(), Mention.SCHEMA.bytes(m));
  }

  /** The row of a project, with its mentions, in project id order. */
  public static SortedParts.Row project(Project p) {
    return new SortedParts.Row(p.projectId(), Project.SCHEMA.bytes(p));
  }

  /** The row of an article, in file order. */
  public static SortedParts.Row article(ArticleRow a) {
    return new SortedParts.Row(a.file(), ArticleRow.SCHEMA.bytes(a));
  }

  /** The row of a rejected file, in file order. */
  public static SortedParts.Row rejected(Rejection r) {
    return new SortedParts.Row(r.file(), DatasetFiles.REJECTION.bytes(r));
  }
}
