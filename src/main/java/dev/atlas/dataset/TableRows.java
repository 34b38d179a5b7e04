package dev.atlas.dataset;

import dev.atlas.article.Rejection;
import java.util.ArrayList;
import java.util.List;

/**
 * How each record becomes a sorted row of its table's part files: the part folder it goes to, the
 * key it sorts by and its text, the record's JSON (typed, so the assembler renders the CSV and
 * Parquet files from it). The pipeline and the plain benchmark loop both write through here.
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
  /** Part folder of stars_history.csv rows (CSV text). */
  public static final String STARS_HISTORY_PARTS = "stars_history";

  private TableRows() {}

  /** The row of a mention. */
  public static SortedParts.Row mention(Mention m) {
    return new SortedParts.Row(m.sortKey(), Json.write(Mention.SCHEMA.json(m)));
  }

  /** The row of a project: its projects.json line. */
  public static SortedParts.Row project(Project p) {
    return new SortedParts.Row(p.projectId(), Json.project(p));
  }

  /** The row of an article. */
  public static SortedParts.Row article(ArticleRow a) {
    return new SortedParts.Row(a.file(), Json.write(ArticleRow.SCHEMA.json(a)));
  }

  /** The row of a rejected file. */
  public static SortedParts.Row rejected(Rejection r) {
    return new SortedParts.Row(r.file(), Json.write(DatasetFiles.REJECTION.json(r)));
  }

  /** The stars_history rows of a project: one per mention that states stars. */
  public static List<SortedParts.Row> starsHistory(Project p) {
    List<SortedParts.Row> rows = new ArrayList<>();
    for (Mention m : p.mentions()) {
      if (m.stars() != null) {
        rows.add(new SortedParts.Row(p.projectId() + "\u0000" + m.published() + "\u0000" + m.sortKey(),
            Csv.record(List.of(p.projectId(), m.published(), m.stars().toString(), m.articleFile()))));
      }
    }
    return rows;
  }
}
