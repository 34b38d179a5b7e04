package dev.atlas.dataset;

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

  /** The CSV header of {@code projects.csv}. */
  public static final List<String> COLUMNS =
      List.of("project_id", "name", "repo", "url", "stars", "stars_approx", "stars_date", "domains",
          "domains_explicit", "frameworks", "aliases", "article_count", "mention_count",
          "first_seen", "last_seen");

  /** Creates a project; lists are copied. */
  public Project {
    domains = List.copyOf(domains);
    domainsExplicit = List.copyOf(domainsExplicit);
    frameworks = List.copyOf(frameworks);
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
  }

  /** Returns the row's cells in {@link #COLUMNS} order. */
  public List<String> cells() {
    return List.of(projectId, name, repo, url, stars == null ? "" : stars.toString(),
        starsApprox ? "true" : "false", starsDate, String.join(";", domains),
        String.join(";", domainsExplicit), String.join(";", frameworks), String.join(";", aliases),
        Integer.toString(articleCount), Integer.toString(mentions.size()), firstSeen, lastSeen);
  }
}
