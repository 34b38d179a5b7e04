package dev.atlas.report;

import dev.atlas.diff.Change;
import dev.atlas.diff.ProjectDiff;
import dev.atlas.dataset.Project;
import java.util.Comparator;

/**
 * A project whose star figure moved between two points in time.
 *
 * @param project the project as it is now
 * @param before the earlier figure
 * @param after the later figure
 * @param delta after minus before
 * @param percent delta as a percentage of before, or null when before is 0
 */
public record Mover(Project project, long before, long after, long delta, Double percent) {
  /** Biggest move first, ties by project id: the order of {@code atlas diff}'s movers. */
  public static final Comparator<Mover> BIGGEST_FIRST =
      Comparator.comparingLong((Mover m) -> -Math.abs(m.delta())).thenComparing(m -> m.project().projectId());

  /** Returns the mover of a changed project whose stars diff has a delta. */
  public static Mover of(ProjectDiff diff) {
    Change c = diff.stars().orElseThrow(() -> new IllegalArgumentException(diff.projectId() + ": stars did not move"));
    return of(diff.newProject(), c);
  }

  /** Returns the mover of {@code project} for a stars change with a delta. */
  public static Mover of(Project project, Change stars) {
    if (stars.delta() == null) {
      throw new IllegalArgumentException(project.projectId() + ": stars change without both figures");
    }
    return new Mover(project, Long.parseLong(stars.oldValue()), Long.parseLong(stars.newValue()), stars.delta(),
        stars.percent());
  }
}
