package dev.atlas.dataset;

import static dev.atlas.dataset.Column.bool;
import static dev.atlas.dataset.Column.date;
import static dev.atlas.dataset.Column.integer;
import static dev.atlas.dataset.Column.list;
import static dev.atlas.dataset.Column.optionalInt;
import static dev.atlas.dataset.Column.optionalLong;
import static dev.atlas.dataset.Column.text;

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

  /** The columns of {@code mentions.csv}, {@code mentions.parquet} and a project's JSON mentions. */
  public static final RecordSchema<Mention> SCHEMA = RecordSchema.of(Mention.class,
      text("article_file"), integer("position"), text("project_id"), text("name"), text("heading"), text("repo"),
      text("path"), text("url"), optionalLong("stars"), bool("stars_approx"), list("domains"),
      list("domains_explicit"), text("framework"), optionalInt("rank"), text("author"), integer("line"),
      date("published"), text("evidence"), text("link"));

  /** The CSV header of {@code mentions.csv}. */
  public static final List<String> COLUMNS = SCHEMA.header();

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

  /** Returns a copy resolved to {@code id}. */
  public Mention withProjectId(String id) {
    return SCHEMA.with(this, "project_id", id);
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
}
