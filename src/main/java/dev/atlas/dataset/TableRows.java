package dev.atlas.dataset;

import dev.atlas.article.Rejection;
import java.io.IOException;

/**
 * How each record becomes a sorted row of its table's part files: the part folder it goes to, the
 * key it sorts by, and the record in its schema's binary coding (the assembler renders the CSV,
 * JSON and Parquet files from it). The pipeline and the plain benchmark loop both write through
 * here. Two folders live only until the name join has run: the names linked mentions claim, and
 * the name-only mentions waiting for a project. Projects have no parts of their own: each is folded
 * from the run of its mentions in project order while the dataset is assembled, and stars history
 * is read off the projects as they pass.
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
  /** Part folder of the names linked mentions claim, by name: rows with no data. */
  public static final String CLAIM_PARTS = "claims";
  /** Part folder of name-only mentions not yet given a project, by the name they are looked up by. */
  public static final String NAME_ONLY_PARTS = "name_only";

  private static final byte[] NO_DATA = new byte[0];

  private TableRows() {}

  /**
   * Adds the two rows of a mention whose project is known: in article order (by its sort key) and
   * in project order (by project id, then article order; the separator sorts below every
   * character, so the runs of rows come in project id order). Both carry one encoding of it.
   */
  public static void addMention(PartsBuffer parts, Mention m) throws IOException {
    byte[] data = Mention.SCHEMA.bytes(m);
    String sortKey = m.sortKey();
    parts.add(MENTION_PARTS, new SortedParts.Row(sortKey, data));
    parts.add(PROJECT_MENTION_PARTS, new SortedParts.Row(m.projectId() + '\u0000' + sortKey, data));
  }

  /** The row saying that project {@code projectId} claims the normalized {@code name}. */
  public static SortedParts.Row claim(String name, String projectId) {
    return new SortedParts.Row(name + '\u0000' + projectId, NO_DATA);
  }

  /** The normalized name a {@link #claim} or a {@link #nameOnly} row is keyed by. */
  public static String nameOf(SortedParts.Row row) {
    return row.key().substring(0, row.key().indexOf('\u0000'));
  }

  /** The project id of a {@link #claim} row. */
  public static String claimant(SortedParts.Row claim) {
    return claim.key().substring(claim.key().indexOf('\u0000') + 1);
  }

  /** The row of a name-only mention to resolve, by the normalized name it is looked up by, then article order. */
  public static SortedParts.Row nameOnly(String lookupName, Mention m) {
    return new SortedParts.Row(lookupName + '\u0000' + m.sortKey(), Mention.SCHEMA.bytes(m));
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
