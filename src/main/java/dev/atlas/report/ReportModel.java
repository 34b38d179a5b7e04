package dev.atlas.report;

import dev.atlas.Validate;
import dev.atlas.dataset.ArticleRow;
import dev.atlas.dataset.Project;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the report page shows, computed from a dataset (and optionally the one before it); the
 * page writer only formats it.
 *
 * @param title the page title
 * @param headline the headline figures
 * @param domains projects per domain tag (stated and inferred), most first
 * @param frameworks projects per stated framework, most first
 * @param topByStars the projects with the most stars, at most {@link #TOP}
 * @param mostFeatured the projects in the most articles (two or more), at most {@link #TOP}
 * @param movement what moved since the previous dataset, or within a cumulative one; empty when neither
 * @param projects every project, most stars first
 * @param articles every article row, by file
 * @param rejected every rejected file, by file
 * @param rejectedByReason rejected files per reason, most first
 * @param tool the tool and version that wrote the page ("atlas 1.0.0")
 * @param generatedAt when the page was written, or empty (the default, so the page is deterministic)
 */
public record ReportModel(String title, Headline headline, List<Count> domains, List<Count> frameworks,
    List<Project> topByStars, List<Project> mostFeatured, Optional<Movement> movement, List<Project> projects,
    List<ArticleRow> articles, List<RejectedFile> rejected, List<Count> rejectedByReason, String tool, String generatedAt) {
  /** Length of the top lists. */
  public static final int TOP = 25;

  private static final Comparator<Project> MOST_FEATURED = Comparator
      .comparingInt((Project p) -> -p.articleCount()).thenComparingInt(p -> -p.mentions().size())
      .thenComparing(Movement.MOST_STARS);

  /** Creates a model; lists are copied. */
  public ReportModel {
    Validate.notNull(movement, "movement");
    domains = List.copyOf(domains);
    frameworks = List.copyOf(frameworks);
    topByStars = List.copyOf(topByStars);
    mostFeatured = List.copyOf(mostFeatured);
    projects = List.copyOf(projects);
    articles = List.copyOf(articles);
    rejected = List.copyOf(rejected);
    rejectedByReason = List.copyOf(rejectedByReason);
  }

  /**
   * Returns the model of {@code dataset}. With a {@code previous} dataset the movement is the diff
   * between them; without one it is the movement within the dataset's own history, if it spans months.
   * {@code tool} names the writer; {@code generatedAt} may be empty.
   */
  public static ReportModel of(DatasetSnapshot dataset, DatasetSnapshot previous, String tool, String generatedAt) {
    Validate.notNull(dataset, "dataset");
    List<Project> projects = dataset.projects().stream().sorted(Movement.MOST_STARS).toList();
    List<String> domains = new ArrayList<>();
    List<String> frameworks = new ArrayList<>();
    for (Project p : projects) {
      domains.addAll(p.domains());
      frameworks.addAll(p.frameworks());
    }
    List<Project> top = projects.stream().filter(p -> p.stars() != null).limit(TOP).toList();
    List<Project> featured = projects.stream().filter(p -> p.articleCount() > 1).sorted(MOST_FEATURED)
        .limit(TOP).toList();
    Optional<Movement> movement = previous != null
        ? Optional.of(Movement.between(previous, dataset))
        : Movement.withinHistory(dataset);
    List<ArticleRow> articles = dataset.articles().stream().sorted(Comparator.comparing(ArticleRow::file)).toList();
    List<RejectedFile> rejected = dataset.rejected().stream().sorted(Comparator.comparing(RejectedFile::file)).toList();
    return new ReportModel("Atlas report: " + dataset.label(), Headline.of(dataset), Count.of(domains),
        Count.of(frameworks), top, featured, movement, projects, articles, rejected,
        Count.of(rejected.stream().map(RejectedFile::reason).toList()), tool, generatedAt == null ? "" : generatedAt);
  }
}
