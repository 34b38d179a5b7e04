package dev.atlas.dataset;

import dev.atlas.Validate;
import java.io.Serializable;
import java.util.List;

/**
 * One row of {@code mentions.csv}: an entry found in an article, with the project it resolved to.
 *
 * @param articleFile the article's file name
 * @param position 1-based order of the entry in its article
 * @param projectId the resolved project id ({@code github:owner/repo[/path]} or {@code name:…})
 * @param name display name
 * @param heading the heading as written
 * @param repo lowercase {@code owner/name}, or empty
 * @param path subfolder inside the repo, or empty
 * @param url normalized GitHub URL, or empty
 * @param stars the stated star count, or null
 * @param starsApprox true when the count is approximate
 * @param domains explicit and inferred tags, sorted
 * @param domainsExplicit tags the article states, sorted
 * @param framework stated framework, or empty
 * @param rank stated rank, or 0
 * @param author stated author, or empty
 * @param line 1-based line where the entry starts
 * @param published the article's publication date, or empty
 * @param evidence what the entry rests on ("heading+repo+stars", "item+siblings"), or empty
 * @param link the entry's own link when it leads off GitHub (a homepage, a docs page), or empty
 */
public record Mention(
    String articleFile,
    int position,
    String projectId,
    String name,
    String heading,
    String repo,
    String path,
    String url,
    Long stars,
    boolean starsApprox,
    List<String> domains,
    List<String> domainsExplicit,
    String framework,
    int rank,
    String author,
    int line,
    String published,
    String evidence,
    String link)
    implements Serializable {

  /** The CSV header of {@code mentions.csv}. */
  public static final List<String> COLUMNS =
      List.of("article_file", "position", "project_id", "name", "heading", "repo", "path", "url",
          "stars", "stars_approx", "domains", "domains_explicit", "framework", "rank", "author",
          "line", "published", "evidence", "link");

  /** Creates a mention; lists are copied, null strings become empty. */
  public Mention {
    Validate.notNull(articleFile, "articleFile");
    projectId = projectId == null ? "" : projectId;
    name = name == null ? "" : name;
    heading = heading == null ? "" : heading;
    repo = repo == null ? "" : repo;
    path = path == null ? "" : path;
    url = url == null ? "" : url;
    domains = List.copyOf(domains == null ? List.of() : domains);
    domainsExplicit = List.copyOf(domainsExplicit == null ? List.of() : domainsExplicit);
    framework = framework == null ? "" : framework;
    author = author == null ? "" : author;
    published = published == null ? "" : published;
    evidence = evidence == null ? "" : evidence;
    link = link == null ? "" : link;
  }

  /** Creates a mention without evidence or off-GitHub link, as datasets written before them read. */
  public Mention(String articleFile, int position, String projectId, String name, String heading, String repo,
      String path, String url, Long stars, boolean starsApprox, List<String> domains, List<String> domainsExplicit,
      String framework, int rank, String author, int line, String published) {
    this(articleFile, position, projectId, name, heading, repo, path, url, stars, starsApprox, domains,
        domainsExplicit, framework, rank, author, line, published, "", "");
  }

  /** Returns a copy resolved to {@code id}. */
  public Mention withProjectId(String id) {
    return new Mention(articleFile, position, id, name, heading, repo, path, url, stars, starsApprox,
        domains, domainsExplicit, framework, rank, author, line, published, evidence, link);
  }

  /** Returns true when the entry links a GitHub repository. */
  public boolean linked() {
    return !repo.isEmpty();
  }

  /** Returns the key rows are sorted by: file, then position. */
  public String sortKey() {
    String digits = Integer.toString(position);
    return articleFile + "\u0000" + "000000000".substring(Math.min(9, digits.length())) + digits;
  }

  /** Returns the row's cells in {@link #COLUMNS} order. */
  public List<String> cells() {
    return List.of(articleFile, Integer.toString(position), projectId, name, heading, repo, path, url,
        stars == null ? "" : stars.toString(), starsApprox ? "true" : "false", String.join(";", domains),
        String.join(";", domainsExplicit), framework, rank == 0 ? "" : Integer.toString(rank), author,
        Integer.toString(line), published, evidence, link);
  }
}
