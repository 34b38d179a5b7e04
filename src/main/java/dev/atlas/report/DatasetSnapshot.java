package dev.atlas.report;

import dev.atlas.dataset.ArticleRow;
import dev.atlas.dataset.DatasetFiles;
import dev.atlas.dataset.DatasetReader;
import dev.atlas.dataset.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * A dataset folder read whole for the report: its projects with their mentions, article rows,
 * rejected files and star history.
 *
 * @param label what the page calls the dataset (its folder name)
 * @param projects the projects, in file order
 * @param articles the rows of articles.csv
 * @param rejected the rows of rejected.csv
 * @param history the rows of stars_history.csv
 */
public record DatasetSnapshot(String label, List<Project> projects, List<ArticleRow> articles,
    List<RejectedFile> rejected, List<StarPoint> history) {

  /** Creates a snapshot; lists are copied. */
  public DatasetSnapshot {
    projects = List.copyOf(projects);
    articles = List.copyOf(articles);
    rejected = List.copyOf(rejected);
    history = List.copyOf(history);
  }

  /**
   * Reads the dataset in {@code dir}; throws {@link DatasetReader.NotADatasetException} when it is not
   * one. A missing articles.csv, rejected.csv or stars_history.csv reads as empty.
   */
  public static DatasetSnapshot read(Path dir) throws IOException {
    List<Project> projects = DatasetReader.projects(dir);
    List<ArticleRow> articles = Files.isRegularFile(dir.resolve(DatasetFiles.ARTICLES_CSV))
        ? DatasetReader.articles(dir) : List.of();
    List<RejectedFile> rejected = new ArrayList<>();
    for (CSVRecord r : rows(dir.resolve(DatasetFiles.REJECTED_CSV))) {
      rejected.add(new RejectedFile(r.get("file"), r.get("reason"), r.get("detail")));
    }
    List<StarPoint> history = new ArrayList<>();
    for (CSVRecord r : rows(dir.resolve(DatasetFiles.STARS_HISTORY_CSV))) {
      String stars = r.get("stars");
      if (stars.matches("\\d{1,18}")) {
        history.add(new StarPoint(r.get("project_id"), r.get("date"), Long.parseLong(stars), r.get("article_file")));
      }
    }
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return new DatasetSnapshot(name == null ? dir.toString() : name.toString(), projects, articles, rejected, history);
  }

  private static List<CSVRecord> rows(Path file) throws IOException {
    return Files.isRegularFile(file) ? DatasetReader.csv(file) : List.of();
  }
}
