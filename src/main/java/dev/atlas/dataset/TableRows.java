package dev.atlas.dataset;

import dev.atlas.article.Rejection;
import java.util.ArrayList;
import java.util.List;

/**
 * How each record becomes a sorted row of its table: the part folder it goes to, the key it sorts
 * by and its rendered text. The pipeline and the plain benchmark loop both write through here.
 */
public final class TableRows {
  /** Part folder of mentions.csv rows. */
  public static final String MENTIONS = "mentions";
  /** Part folder of projects.csv rows. */
  public static final String PROJECTS_CSV = "projects_csv";
  /** Part folder of projects.json objects. */
  public static final String PROJECTS_JSON = "projects_json";
  /** Part folder of articles.csv rows. */
  public static final String ARTICLES = "articles";
  /** Part folder of rejected.csv rows. */
  public static final String REJECTED = "rejected";
  /** Part folder of stars_history.csv rows. */
  public static final String STARS_HISTORY = "stars_history";

  private TableRows() {}

  /** The row of a mention. */
  public static SortedParts.Row mention(Mention m) {
    return new SortedParts.Row(m.sortKey(), Csv.record(m.cells()));
  }

  /** The projects.csv row of a project. */
  public static SortedParts.Row projectCsv(Project p) {
    return new SortedParts.Row(p.projectId(), Csv.record(p.cells()));
  }

  /** The projects.json object of a project. */
  public static SortedParts.Row projectJson(Project p) {
    return new SortedParts.Row(p.projectId(), Json.project(p));
  }

  /** The row of an article. */
  public static SortedParts.Row article(ArticleRow a) {
    return new SortedParts.Row(a.file(), Csv.record(a.cells()));
  }

  /** The row of a rejected file. */
  public static SortedParts.Row rejected(Rejection r) {
    return new SortedParts.Row(r.file(), Csv.record(List.of(r.file(), r.reason().label(), r.detail())));
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
