package dev.atlas.report;

import dev.atlas.dataset.ArticleRow;
import dev.atlas.dataset.Project;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link ReportModel} as one self-contained HTML page: stylesheet, ECharts, chart data and
 * script inlined, nothing loaded from the network. Every dataset string is escaped; the same model
 * gives the same bytes.
 */
public final class ReportPage {
  /** How many gains, losses, new and dropped projects the movement section lists. */
  public static final int LISTED = 25;
  private static final String GITHUB = "https://github.com/";
  private static final int HISTORY_HEIGHT = 360;

  private final PageAssets assets;
  private final StringBuilder out = new StringBuilder(1 << 20);

  private ReportPage(PageAssets assets) {
    this.assets = assets;
  }

  /** Returns the page of {@code model} with {@code assets} inlined. */
  public static String render(ReportModel model, PageAssets assets) {
    return new ReportPage(assets).page(model);
  }

  private String page(ReportModel m) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"").append(Html.escape(m.tool())).append("\">\n")
        .append("<title>").append(Html.escape(m.title())).append("</title>\n<style>\n").append(assets.css())
        .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(Html.escape(m.title())).append("</h1>\n");
    m.movement().ifPresent(mv -> out.append("<p class=\"sub\">Compared with ").append(Html.escape(mv.since()))
        .append(": ").append(Html.escape(mv.summary())).append("</p>\n"));
    out.append("</header>\n<main>\n");
    overview(m);
    counts("domains", "Projects per domain", m.domains(), "No project has a domain tag.");
    counts("frameworks", "Projects per framework", m.frameworks(), "No article states a framework.");
    projectList("top-stars", "Top " + ReportModel.TOP + " projects by stars", m.topByStars(),
        "No article states a star figure.");
    projectList("most-featured", "Featured by the most articles", m.mostFeatured(),
        "No project appears in more than one article.");
    m.movement().ifPresent(this::movement);
    allProjects(m.projects());
    articles(m.articles());
    rejected(m);
    out.append("</main>\n<footer>Written by ").append(Html.escape(m.tool())).append(" report with Apache ECharts ")
        .append(Html.escape(assets.echartsVersion()));
    if (!m.generatedAt().isEmpty()) {
      out.append(" at ").append(Html.escape(m.generatedAt()));
    }
    out.append(".</footer>\n<script type=\"application/json\" id=\"atlas-data\">")
        .append(Html.scriptJson(ChartData.json(m))).append("</script>\n<script>\n")
        .append(Html.inlineScript(assets.echarts())).append("\n</script>\n<script>\n")
        .append(Html.inlineScript(assets.script())).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private void overview(ReportModel m) {
    Headline h = m.headline();
    out.append("<section id=\"overview\" class=\"wide\">\n<h2>Overview</h2>\n<dl class=\"headline\">\n");
    figure("articles", "Articles", number(h.articles()), "");
    figure("entries", "Entries", number(h.entries()), "");
    figure("projects", "Projects", number(h.projects()), "after deduplication");
    figure("sources", "Source sites", number(h.sources()), h.unsourced() == 0 ? "" : h.unsourced() + " articles without a source URL");
    figure("dates", "Published", h.firstDate().isEmpty() ? "undated" : h.firstDate() + " – " + h.lastDate(),
        h.undated() == 0 ? "" : h.undated() + " undated");
    figure("rejected", "Rejected files", number(h.rejected()), String.join(", ",
        m.rejectedByReason().stream().map(c -> c.label() + " " + c.n()).toList()));
    out.append("</dl>\n</section>\n");
  }

  private void figure(String id, String label, String value, String note) {
    out.append("<div><dt>").append(label).append("</dt><dd id=\"count-").append(id).append("\">")
        .append(Html.escape(value)).append("</dd>");
    if (!note.isEmpty()) {
      out.append("<dd class=\"note\">").append(Html.escape(note)).append("</dd>");
    }
    out.append("</div>\n");
  }

  private void counts(String id, String title, List<Count> counts, String none) {
    out.append("<section id=\"").append(id).append("\">\n<h2>").append(title).append("</h2>\n");
    if (counts.isEmpty()) {
      out.append("<p class=\"none\">").append(none).append("</p>\n");
    } else {
      chart(id, 60 + 22 * counts.size());
    }
    out.append("</section>\n");
  }

  private void chart(String id, int height) {
    out.append("<div class=\"chart\" id=\"chart-").append(id).append("\" style=\"height:").append(height)
        .append("px\"></div>\n");
  }

  private void projectList(String id, String title, List<Project> projects, String none) {
    out.append("<section id=\"").append(id).append("\">\n<h2>").append(title).append("</h2>\n");
    if (projects.isEmpty()) {
      out.append("<p class=\"none\">").append(none).append("</p>\n</section>\n");
      return;
    }
    out.append("<table>\n<thead><tr><th class=\"num\">#</th><th>Project</th><th class=\"num\">Stars</th>")
        .append("<th class=\"num\">Articles</th></tr></thead>\n<tbody>\n");
    int rank = 0;
    for (Project p : projects) {
      out.append("<tr data-project=\"").append(Html.escape(p.projectId())).append("\"><td class=\"num\">")
          .append(++rank).append("</td><td>");
      name(p);
      out.append("</td>");
      stars(p.stars());
      out.append("<td class=\"num\">").append(p.articleCount()).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void movement(Movement m) {
    out.append("<section id=\"movement\" class=\"wide\">\n<h2>Compared with ").append(Html.escape(m.since()))
        .append("</h2>\n<p>").append(Html.escape(m.summary())).append("</p>\n<div class=\"pair\">\n<div>\n<h3>Star movers</h3>\n");
    if (m.movers().isEmpty()) {
      out.append("<p class=\"none\">No project's star figure moved.</p>\n");
    } else {
      chart("movers", Math.max(HISTORY_HEIGHT, 60 + 22 * Math.min(ChartData.CHARTED_MOVERS, m.movers().size())));
    }
    out.append("</div>\n<div>\n<h3>Star histories of the biggest movers</h3>\n");
    if (m.histories().isEmpty()) {
      out.append("<p class=\"none\">No history to draw.</p>\n");
    } else {
      chart("histories", HISTORY_HEIGHT);
    }
    out.append("</div>\n</div>\n<div class=\"pair\">\n");
    movers("gains", "Biggest gains", m.movers().stream().filter(v -> v.delta() > 0).limit(LISTED).toList());
    movers("losses", "Biggest losses", m.movers().stream().filter(v -> v.delta() < 0).limit(LISTED).toList());
    out.append("</div>\n<div class=\"pair\">\n");
    changedSet("added", "New projects", m.added());
    changedSet("dropped", "Dropped projects", m.dropped());
    out.append("</div>\n</section>\n");
  }

  private void movers(String id, String title, List<Mover> movers) {
    out.append("<div id=\"").append(id).append("\">\n<h3>").append(title).append("</h3>\n");
    if (movers.isEmpty()) {
      out.append("<p class=\"none\">None.</p>\n</div>\n");
      return;
    }
    out.append("<table>\n<thead><tr><th>Project</th><th class=\"num\">Before</th><th class=\"num\">Now</th>")
        .append("<th class=\"num\">Change</th><th class=\"num\">%</th></tr></thead>\n<tbody>\n");
    for (Mover v : movers) {
      out.append("<tr data-project=\"").append(Html.escape(v.project().projectId())).append("\"><td>");
      name(v.project());
      out.append("</td>");
      stars(v.before());
      stars(v.after());
      out.append("<td class=\"num delta ").append(v.delta() > 0 ? "up" : "down").append("\" data-value=\"")
          .append(v.delta()).append("\">").append(signed(v.delta())).append("</td><td class=\"num\">")
          .append(v.percent() == null ? "" : String.format(Locale.ROOT, "%+.1f%%", v.percent())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</div>\n");
  }

  private void changedSet(String id, String title, List<Project> projects) {
    out.append("<div id=\"").append(id).append("\">\n<h3>").append(title).append(" (").append(projects.size())
        .append(")</h3>\n");
    if (projects.isEmpty()) {
      out.append("<p class=\"none\">None.</p>\n</div>\n");
      return;
    }
    out.append("<ul class=\"names\">\n");
    for (Project p : projects.subList(0, Math.min(LISTED, projects.size()))) {
      out.append("<li data-project=\"").append(Html.escape(p.projectId())).append("\">");
      name(p);
      if (p.stars() != null) {
        out.append(" <span class=\"muted\">").append(number(p.stars())).append(" ★</span>");
      }
      out.append("</li>\n");
    }
    if (projects.size() > LISTED) {
      out.append("<li class=\"muted\">and ").append(projects.size() - LISTED).append(" more</li>\n");
    }
    out.append("</ul>\n</div>\n");
  }

  private void allProjects(List<Project> projects) {
    out.append("<section id=\"projects\" class=\"wide\">\n<h2>All projects (").append(projects.size())
        .append(")</h2>\n<input type=\"search\" id=\"project-filter\" data-table=\"projects-table\" ")
        .append("placeholder=\"Filter by name, repo or domain\" aria-label=\"Filter projects\">\n")
        .append("<table id=\"projects-table\" class=\"sortable\">\n<thead><tr><th data-type=\"text\">Name</th>")
        .append("<th data-type=\"text\">Repo</th><th data-type=\"num\" class=\"num\">Stars</th>")
        .append("<th data-type=\"text\">Domains</th><th data-type=\"num\" class=\"num\">Articles</th></tr></thead>\n<tbody>\n");
    for (Project p : projects) {
      out.append("<tr data-project=\"").append(Html.escape(p.projectId())).append("\"><td>")
          .append(Html.escape(p.name())).append("</td><td>");
      if (p.url().startsWith(GITHUB) && !p.repo().isEmpty()) {
        out.append("<a href=\"").append(Html.escape(p.url())).append("\">").append(Html.escape(p.repo())).append("</a>");
      }
      out.append("</td>");
      stars(p.stars());
      out.append("<td>").append(Html.escape(String.join(", ", p.domains()))).append("</td><td class=\"num\">")
          .append(p.articleCount()).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void articles(List<ArticleRow> articles) {
    out.append("<section id=\"articles\" class=\"wide\">\n<h2>Articles (").append(articles.size()).append(")</h2>\n")
        .append("<table id=\"articles-table\" class=\"sortable\">\n<thead><tr><th data-type=\"text\">Title</th>")
        .append("<th data-type=\"text\">Published</th><th data-type=\"text\">Language</th>")
        .append("<th data-type=\"num\" class=\"num\">Entries</th><th data-type=\"text\">File</th></tr></thead>\n<tbody>\n");
    for (ArticleRow a : articles) {
      out.append("<tr><td>").append(Html.escape(a.title())).append("</td><td>").append(Html.escape(a.published()))
          .append("</td><td>").append(Html.escape(a.language())).append("</td><td class=\"num\">").append(a.entryCount())
          .append("</td><td class=\"muted\">").append(Html.escape(a.file())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void rejected(ReportModel m) {
    out.append("<section id=\"rejected\" class=\"wide\">\n<h2>Rejected files (").append(m.rejected().size())
        .append(")</h2>\n");
    if (m.rejected().isEmpty()) {
      out.append("<p class=\"none\">Every file was read.</p>\n</section>\n");
      return;
    }
    out.append("<table>\n<thead><tr><th>File</th><th>Reason</th><th>Detail</th></tr></thead>\n<tbody>\n");
    for (RejectedFile r : m.rejected()) {
      out.append("<tr><td>").append(Html.escape(r.file())).append("</td><td>").append(Html.escape(r.reason()))
          .append("</td><td>").append(Html.escape(r.detail())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void name(Project p) {
    if (p.url().startsWith(GITHUB)) {
      out.append("<a href=\"").append(Html.escape(p.url())).append("\">").append(Html.escape(p.name())).append("</a>");
    } else {
      out.append(Html.escape(p.name()));
    }
  }

  private void stars(Long stars) {
    out.append("<td class=\"num\" data-value=\"").append(stars == null ? "" : stars).append("\">")
        .append(stars == null ? "" : number(stars)).append("</td>");
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String signed(long n) {
    return (n > 0 ? "+" : "") + number(n);
  }
}
