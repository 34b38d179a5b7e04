package dev.atlas.dataset;

import dev.atlas.article.Rejection;

/**
 * How each record becomes a sorted row of its table's part files: the part folder it goes to, the
 * key it sorts by, and the record in its schema's binary coding (the assembler renders the CSV,
 * JSON and Parquet files from it). The pipeline and the plain benchmark loop both write through
 * here. Projects have no parts of their own: each is folded from the run of its mentions in project
 * order while the dataset is assembled, and stars history is read off the projects as they pass.
 */
public final class TableRows {
  /** Part folder of mention rows. */
  public static final String MENTION_PARTS = "mentions";
  /** Part folder of mention rows in project order: the assembler folds each project's run of them. */
  public static final String PROJECT_MENTION_PARTS = "project_mentions";
  /** Part folder of article rows. */
  public static final String ARTICLE_PARTS = "articles";
  /** Part folder of rejected-file rows. */
  public static final String REJECTED_PARTS = "rejected";

  private TableRows() {}

  /** The row of a mention, in article order. */
  public static SortedParts.Row mention(Mention m) {
    return new SortedParts.Row(m.sortKey(), Mention.SCHEMA.bytes(m));
  }

  /**
   * The row of a mention in project order: by project id, then article order. The separator sorts
   * below every character, so the runs of rows come in project id order.
   */
  public static SortedParts.Row mentionOfProject(Mention m) {
    return new SortedParts.Row(m.projectId() + '\u0000' + m.sortKey(), Mention.SCHEMA.bytes(m));
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
