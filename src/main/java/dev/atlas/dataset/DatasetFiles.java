package dev.atlas.dataset;

import dev.atlas.article.Rejection;
import java.util.List;

/**
 * Names of the files of a dataset folder (each named for its table and format: {@code MENTIONS_CSV},
 * {@code PROJECTS_JSON}), the columns of the tables with no record of their own, and the schema
 * version they follow.
 */
public final class DatasetFiles {
  /** Version of the dataset layout; readers refuse other versions. */
  public static final int SCHEMA_VERSION = 1;
  /** Per-entry rows. */
  public static final String MENTIONS_CSV = "mentions.csv";
  /** Per-project rows. */
  public static final String PROJECTS_CSV = "projects.csv";
  /** Per-entry rows, typed, as Parquet. */
  public static final String MENTIONS_PARQUET = "mentions.parquet";
  /** Per-project rows, typed, as Parquet. */
  public static final String PROJECTS_PARQUET = "projects.parquet";
  /** Per-article rows, typed, as Parquet. */
  public static final String ARTICLES_PARQUET = "articles.parquet";
  /** Projects with their mentions nested. */
  public static final String PROJECTS_JSON = "projects.json";
  /** Per-article rows. */
  public static final String ARTICLES_CSV = "articles.csv";
  /** Files that could not be used. */
  public static final String REJECTED_CSV = "rejected.csv";
  /** Stars of each project over time. */
  public static final String STARS_HISTORY_CSV = "stars_history.csv";
  /** The page {@code atlas report} writes into a dataset folder by default; a rerun replaces it with the dataset. */
  public static final String REPORT = "report.html";
  /** Run metadata, written last. */
  public static final String RUN = "run.json";
  /** Columns of rejected.csv: the file, the reason's label, the detail. */
  public static final RecordSchema<Rejection> REJECTION =
      RecordSchema.of(Rejection.class, Column.text("file"), Column.label("reason"), Column.text("detail"));
  /** Columns of stars_history.csv. */
  public static final List<String> STARS_HISTORY_COLUMNS = List.of("project_id", "date", "stars", "article_file");

  private DatasetFiles() {}
}
