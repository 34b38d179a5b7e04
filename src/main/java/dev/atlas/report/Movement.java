package dev.atlas.report;

import dev.atlas.dataset.Project;
import dev.atlas.diff.Change;
import dev.atlas.diff.DatasetDiff;
import dev.atlas.diff.DiffReport;
import dev.atlas.diff.ProjectDiff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What moved between an earlier and a later state: star movers, new and dropped projects, and the
 * star histories of the biggest movers.
 *
 * @param since what the earlier state is, for the page ("2026-10", "the months before 2026-11")
 * @param summary the counts line ("2 added, 1 removed, 6 changed"), or empty
 * @param movers projects whose stars moved, biggest move first
 * @param added projects new in the later state, most stars first
 * @param dropped projects of the earlier state absent from the later one, most stars first
 * @param histories the star histories of the biggest movers that have dated figures, in mover order
 */
public record Movement(String since, String summary, List<Mover> movers, List<Project> added, List<Project> dropped,
    List<StarSeries> histories) {
  /** How many movers get a history line. */
  public static final int CHARTED_MOVERS = 6;
  /** Most stars first, then project id; projects without a figure last. */
  public static final Comparator<Project> MOST_STARS = Comparator
      .comparing(Project::stars, Comparator.nullsLast(Comparator.<Long>reverseOrder()))
      .thenComparing(Project::projectId);
  private static final Comparator<StarPoint> BY_DATE =
      Comparator.comparing(StarPoint::date).thenComparingLong(StarPoint::stars);

  /** Creates a movement; lists are copied. */
  public Movement {
    movers = List.copyOf(movers);
    added = List.copyOf(added);
    dropped = List.copyOf(dropped);
    histories = List.copyOf(histories);
  }

  /**
   * Returns the movement from {@code older} to {@code newer} as {@code atlas diff} computes it: the same
   * diffs, the same movers with the same deltas. Histories join both datasets' star histories, the old
   * one's under the new project id where a project gained a link.
   */
  public static Movement between(DatasetSnapshot older, DatasetSnapshot newer) {
    List<ProjectDiff> diffs = DatasetDiff.compare(older.projects(), newer.projects());
    DiffReport report = new DiffReport(diffs, older.label(), newer.label());
    List<Mover> movers = report.movers().stream().map(Mover::of).toList();
    List<Project> added = new ArrayList<>();
    List<Project> dropped = new ArrayList<>();
    Map<String, String> renamed = new HashMap<>();
    for (ProjectDiff d : diffs) {
      switch (d.kind()) {
        case ADDED -> added.add(d.newProject());
        case REMOVED -> dropped.add(d.oldProject());
        case CHANGED -> {
          if (!d.oldProjectId().isEmpty()) {
            renamed.put(d.oldProjectId(), d.projectId());
          }
        }
      }
    }
    List<StarPoint> history = new ArrayList<>(newer.history());
    older.history().forEach(p -> history.add(p.as(renamed.getOrDefault(p.projectId(), p.projectId()))));
    return new Movement(older.label(), report.counts(), movers, sorted(added), sorted(dropped),
        histories(movers, history));
  }

  /**
   * Returns the movement inside a cumulative dataset, whose star history spans several months: the
   * latest month against what came before it. A project's figure at a time is the one of its latest
   * dated article up to then (the largest, for two on one date), as a monthly dataset would hold it;
   * new projects are first seen in the latest month, dropped ones last seen before it. Empty when the
   * history has no project with figures both in the latest month and before it.
   */
  public static Optional<Movement> withinHistory(DatasetSnapshot dataset) {
    String latest = dataset.history().stream().map(StarPoint::month).filter(m -> !m.isEmpty())
        .max(String::compareTo).orElse("");
    Map<String, StarPoint> before = new TreeMap<>();
    Map<String, StarPoint> after = new TreeMap<>();
    for (StarPoint p : dataset.history()) {
      if (!p.month().isEmpty()) {
        keepLatest(p.month().equals(latest) ? after : before, p);
      }
    }
    if (after.keySet().stream().noneMatch(before::containsKey)) {
      return Optional.empty();
    }
    List<Mover> movers = new ArrayList<>();
    for (Project p : dataset.projects()) {
      StarPoint b = before.get(p.projectId());
      StarPoint a = after.get(p.projectId());
      if (a != null && b != null) {
        Change c = Change.stars(b.stars(), a.stars());
        if (c.delta() != 0) {
          movers.add(Mover.of(p, c));
        }
      }
    }
    movers.sort(Mover.BIGGEST_FIRST);
    List<Project> added = dataset.projects().stream().filter(p -> p.firstSeen().startsWith(latest)).toList();
    List<Project> dropped = dataset.projects().stream()
        .filter(p -> !p.lastSeen().isEmpty() && p.lastSeen().compareTo(latest) < 0).toList();
    String summary = String.format(Locale.ROOT, "%d new in %s, %d not seen in %s, %d star movers",
        added.size(), latest, dropped.size(), latest, movers.size());
    return Optional.of(new Movement("the months before " + latest, summary, movers, sorted(added), sorted(dropped),
        histories(movers, dataset.history())));
  }

  private static void keepLatest(Map<String, StarPoint> map, StarPoint p) {
    map.merge(p.projectId(), p, (x, y) -> {
      int byDate = x.date().compareTo(y.date());
      return byDate != 0 ? (byDate > 0 ? x : y) : (x.stars() >= y.stars() ? x : y);
    });
  }

  private static List<StarSeries> histories(List<Mover> movers, List<StarPoint> history) {
    Map<String, TreeSet<StarPoint>> byProject = new HashMap<>();
    for (StarPoint p : history) {
      if (!p.date().isEmpty()) {
        byProject.computeIfAbsent(p.projectId(), k -> new TreeSet<>(BY_DATE)).add(new StarPoint(p.projectId(), p.date(), p.stars(), ""));
      }
    }
    List<StarSeries> out = new ArrayList<>();
    for (Mover m : movers) {
      TreeSet<StarPoint> points = byProject.get(m.project().projectId());
      if (points != null && out.size() < CHARTED_MOVERS) {
        out.add(new StarSeries(m.project().projectId(), m.project().name(), List.copyOf(points)));
      }
    }
    return out;
  }

  private static List<Project> sorted(List<Project> projects) {
    return projects.stream().sorted(MOST_STARS).toList();
  }
}
