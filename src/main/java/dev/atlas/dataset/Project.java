package dev.atlas.dataset;

import static dev.atlas.dataset.Column.bool;
import static dev.atlas.dataset.Column.date;
import static dev.atlas.dataset.Column.derived;
import static dev.atlas.dataset.Column.integer;
import static dev.atlas.dataset.Column.list;
import static dev.atlas.dataset.Column.optionalLong;
import static dev.atlas.dataset.Column.records;
import static dev.atlas.dataset.Column.text;

import dev.atlas.dataset.Column.Kind;
import java.io.Serializable;
import java.util.List;

/**
 * One row of {@code projects.csv} / one object of {@code projects.json}: a deduplicated project.
 *
 * @param projectId {@code github:owner/repo[/path]} or {@code name:<normalized name>}
 * @param name the most used display name
 * @param repo lowercase {@code owner/name}, or empty
 * @param url normalized GitHub URL, or empty
 * @param stars the figure from the most recent dated article stating one, else the largest
 * @param starsApprox true when that figure is approximate
 * @param starsDate the date of the article that figure comes from, or empty
 * @param domains all tags, sorted
 * @param domainsExplicit stated tags, sorted
 * @param frameworks stated frameworks, sorted
 * @param aliases other names and headings it appears under, sorted
 * @param articleCount number of distinct articles mentioning it
 * @param firstSeen earliest article date, or empty
 * @param lastSeen latest article date, or empty
 * @param mentions its mentions, sorted by file and position
 */
public record Project(
    String projectId, String name, String repo, String url, Long stars, boolean starsApprox,
    String starsDate, List<String> domains, List<String> domainsExplicit, List<String> frameworks,
    List<String> aliases, int articleCount, String firstSeen, String lastSeen,
    List<Mention> mentions) implements Serializable {

  /**
   * The columns of {@code projects.csv}, {@code projects.parquet} and {@code projects.json}; the
   * mentions are nested in the JSON only.
   */
  public static final RecordSchema<Project> SCHEMA = RecordSchema.of(Project.class,
      text("project_id"), text("name"), text("repo"), text("url"), optionalLong("stars"), bool("stars_approx"),
      date("stars_date"), list("domains"), list("domains_explicit"), list("frameworks"), list("aliases"),
      integer("article_count"), derived("mention_count", Kind.INT, (Project p) -> p.mentions().size()),
      date("first_seen"), date("last_seen"), records("mentions", Mention.SCHEMA));

  /** The CSV header of {@code projects.csv}. */
  public static final List<String> COLUMNS = SCHEMA.header();

  /** Creates a project; lists are copied. */
  public Project {
    domains = List.copyOf(domains);
    domainsExplicit = List.copyOf(domainsExplicit);
    frameworks = List.copyOf(frameworks);
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
  }
}
