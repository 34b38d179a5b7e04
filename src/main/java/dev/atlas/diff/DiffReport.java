package dev.atlas.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atlas.dataset.Csv;
import dev.atlas.dataset.Json;
import dev.atlas.dataset.Project;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Renders a list of project diffs as a text summary, Markdown, CSV rows or JSON. */
public final class DiffReport {
  /** Columns of diff.csv. */
  public static final List<String> CSV_COLUMNS =
      List.of("change", "project_id", "old_project_id", "name", "field", "old", "new", "delta", "percent");
  private static final int TOP_MOVERS = 10;

  private final List<ProjectDiff> diffs;
  private final String oldLabel;
  private final String newLabel;

  /** A report of {@code diffs} between datasets labelled {@code oldLabel} and {@code newLabel}. */
  public DiffReport(List<ProjectDiff> diffs, String oldLabel, String newLabel) {
    this.diffs = List.copyOf(diffs);
    this.oldLabel = oldLabel;
    this.newLabel = newLabel;
  }

  private List<ProjectDiff> of(ProjectDiff.Kind kind) {
    return diffs.stream().filter(d -> d.kind() == kind).toList();
  }

  /**
   * Returns the changed projects whose stars moved (both figures known), biggest move first, ties by
   * project id; the list the summary's "biggest star movers" starts with.
   */
  public List<ProjectDiff> movers() {
    return of(ProjectDiff.Kind.CHANGED).stream()
        .filter(d -> d.stars().map(c -> c.delta() != null).orElse(false))
        .sorted(Comparator.comparingLong((ProjectDiff d) -> -Math.abs(d.stars().get().delta()))
            .thenComparing(ProjectDiff::projectId))
        .toList();
  }

  /** Returns the counts line. */
  public String counts() {
    return String.format(Locale.ROOT, "%d added, %d removed, %d changed",
        of(ProjectDiff.Kind.ADDED).size(), of(ProjectDiff.Kind.REMOVED).size(), of(ProjectDiff.Kind.CHANGED).size());
  }

  /** Returns the readable summary printed on stdout. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    sb.append("atlas diff ").append(oldLabel).append(" -> ").append(newLabel).append('\n');
    sb.append(counts()).append('\n');
    List<ProjectDiff> movers = movers();
    if (!movers.isEmpty()) {
      sb.append("\nBiggest star movers:\n");
      for (ProjectDiff d : movers.subList(0, Math.min(TOP_MOVERS, movers.size()))) {
        Change c = d.stars().get();
        sb.append(String.format(Locale.ROOT, "  %-40s %8s -> %-8s %s%n", d.name() + " (" + d.projectId() + ")",
            c.oldValue(), c.newValue(), signed(c.delta()) + percent(c)));
      }
    }
    section(sb, "Added", of(ProjectDiff.Kind.ADDED), d -> stars(d.newProject()));
    section(sb, "Removed", of(ProjectDiff.Kind.REMOVED), d -> stars(d.oldProject()));
    List<ProjectDiff> changed = of(ProjectDiff.Kind.CHANGED);
    if (!changed.isEmpty()) {
      sb.append("\nChanged:\n");
      for (ProjectDiff d : changed) {
        sb.append("  ").append(d.name()).append(" (").append(d.projectId())
            .append(d.oldProjectId().isEmpty() ? "" : ", was " + d.oldProjectId()).append(")\n");
        for (Change c : d.changes()) {
          sb.append("    ").append(c.field()).append(": ").append(show(c.oldValue())).append(" -> ")
              .append(show(c.newValue())).append(c.delta() == null ? "" : " (" + signed(c.delta()) + percent(c) + ")")
              .append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** Returns a Markdown page for a newsletter. */
  public String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# What changed: ").append(oldLabel).append(" → ").append(newLabel).append("\n\n");
    sb.append("**").append(counts()).append("**\n");
    List<ProjectDiff> movers = movers();
    if (!movers.isEmpty()) {
      sb.append("\n## Biggest star movers\n\n| Project | Stars before | Stars now | Change |\n|---|---:|---:|---:|\n");
      for (ProjectDiff d : movers.subList(0, Math.min(TOP_MOVERS, movers.size()))) {
        Change c = d.stars().get();
        sb.append("| ").append(link(d.newProject())).append(" | ").append(c.oldValue()).append(" | ")
            .append(c.newValue()).append(" | ").append(signed(c.delta())).append(percent(c)).append(" |\n");
      }
    }
    mdList(sb, "New this month", of(ProjectDiff.Kind.ADDED), true);
    mdList(sb, "No longer listed", of(ProjectDiff.Kind.REMOVED), false);
    List<ProjectDiff> linked = of(ProjectDiff.Kind.CHANGED).stream().filter(d -> !d.oldProjectId().isEmpty()).toList();
    if (!linked.isEmpty()) {
      sb.append("\n## Now with a GitHub link\n\n");
      linked.forEach(d -> sb.append("- ").append(link(d.newProject())).append('\n'));
    }
    return sb.toString();
  }

  /** Returns diff.csv: header, then one row per added or removed project and per changed field. */
  public String csv() {
    StringBuilder sb = new StringBuilder(Csv.header(CSV_COLUMNS));
    for (ProjectDiff d : diffs) {
      if (d.kind() != ProjectDiff.Kind.CHANGED) {
        Project p = d.kind() == ProjectDiff.Kind.ADDED ? d.newProject() : d.oldProject();
        String stars = p.stars() == null ? "" : p.stars().toString();
        sb.append(Csv.record(List.of(d.kind().label(), d.projectId(), "", d.name(), "",
            d.kind() == ProjectDiff.Kind.REMOVED ? stars : "", d.kind() == ProjectDiff.Kind.ADDED ? stars : "", "", "")));
        continue;
      }
      for (Change c : d.changes()) {
        sb.append(Csv.record(List.of("changed", d.projectId(), d.oldProjectId(), d.name(), c.field(), c.oldValue(),
            c.newValue(), c.delta() == null ? "" : c.delta().toString(), c.percent() == null ? "" : c.percent().toString())));
      }
    }
    return sb.toString();
  }

  /** Returns diff.json. */
  public String json() {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("old", oldLabel);
    o.put("new", newLabel);
    ObjectNode counts = o.putObject("counts");
    counts.put("added", of(ProjectDiff.Kind.ADDED).size());
    counts.put("removed", of(ProjectDiff.Kind.REMOVED).size());
    counts.put("changed", of(ProjectDiff.Kind.CHANGED).size());
    ArrayNode added = o.putArray("added");
    of(ProjectDiff.Kind.ADDED).forEach(d -> added.add(summary(d.newProject())));
    ArrayNode removed = o.putArray("removed");
    of(ProjectDiff.Kind.REMOVED).forEach(d -> removed.add(summary(d.oldProject())));
    ArrayNode changed = o.putArray("changed");
    for (ProjectDiff d : of(ProjectDiff.Kind.CHANGED)) {
      ObjectNode c = changed.addObject();
      c.put("project_id", d.projectId());
      c.put("old_project_id", d.oldProjectId());
      c.put("name", d.name());
      ArrayNode fields = c.putArray("changes");
      for (Change ch : d.changes()) {
        ObjectNode f = fields.addObject();
        f.put("field", ch.field());
        f.put("old", ch.oldValue());
        f.put("new", ch.newValue());
        if (ch.delta() != null) {
          f.put("delta", ch.delta());
        }
        if (ch.percent() != null) {
          f.put("percent", ch.percent());
        }
        if (ch.field().equals("domains")) {
          f.set("added", Json.MAPPER.valueToTree(minus(ch.newValue(), ch.oldValue())));
          f.set("removed", Json.MAPPER.valueToTree(minus(ch.oldValue(), ch.newValue())));
        }
      }
    }
    return Json.pretty(o) + "\n";
  }

  private static List<String> minus(String a, String b) {
    List<String> out = new ArrayList<>(a.isEmpty() ? List.of() : List.of(a.split(";")));
    out.removeAll(b.isEmpty() ? List.of() : List.of(b.split(";")));
    return out;
  }

  private static ObjectNode summary(Project p) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("project_id", p.projectId());
    o.put("name", p.name());
    o.put("repo", p.repo());
    if (p.stars() == null) {
      o.putNull("stars");
    } else {
      o.put("stars", p.stars());
    }
    o.set("domains", Json.MAPPER.valueToTree(p.domains()));
    o.put("article_count", p.articleCount());
    return o;
  }

  private static void section(StringBuilder sb, String title, List<ProjectDiff> ds,
      java.util.function.Function<ProjectDiff, String> extra) {
    if (ds.isEmpty()) {
      return;
    }
    sb.append('\n').append(title).append(":\n");
    ds.forEach(d -> sb.append("  ").append(d.name()).append(" (").append(d.projectId()).append(")")
        .append(extra.apply(d)).append('\n'));
  }

  private static void mdList(StringBuilder sb, String title, List<ProjectDiff> ds, boolean added) {
    if (ds.isEmpty()) {
      return;
    }
    sb.append("\n## ").append(title).append("\n\n");
    for (ProjectDiff d : ds) {
      Project p = added ? d.newProject() : d.oldProject();
      sb.append("- ").append(link(p)).append(stars(p)).append('\n');
    }
  }

  private static String link(Project p) {
    return p.url().isEmpty() ? p.name() : "[" + p.name() + "](" + p.url() + ")";
  }

  private static String stars(Project p) {
    return p.stars() == null ? "" : String.format(Locale.ROOT, " — %,d stars", p.stars());
  }

  private static String signed(Long delta) {
    return delta == null ? "" : (delta > 0 ? "+" : "") + delta;
  }

  private static String percent(Change c) {
    return c.percent() == null ? "" : String.format(Locale.ROOT, " (%+.1f%%)", c.percent());
  }

  private static String show(String v) {
    return v.isEmpty() ? "(none)" : v;
  }
}
