package dev.atlas.diff;

import dev.atlas.dataset.Project;
import java.util.List;

/**
 * How one project differs between two datasets.
 *
 * @param kind added, removed or changed
 * @param projectId the id in the new dataset (the old one for removed projects)
 * @param oldProjectId the id in the old dataset when it differs (a link appeared), else empty
 * @param oldProject the project in the old dataset, or null when added
 * @param newProject the project in the new dataset, or null when removed
 * @param changes the changed fields, for changed projects; empty otherwise
 */
public record ProjectDiff(Kind kind, String projectId, String oldProjectId, Project oldProject, Project newProject,
    List<Change> changes) {
  /** What happened to a project. */
  public enum Kind {
    ADDED, REMOVED, CHANGED;

    /** Returns the lowercase label used in files. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Creates a diff; the change list is copied. */
  public ProjectDiff {
    oldProjectId = oldProjectId == null ? "" : oldProjectId;
    changes = List.copyOf(changes);
  }

  /** Returns the project's current name: the new one, else the old one. */
  public String name() {
    return newProject != null ? newProject.name() : oldProject.name();
  }

  /** Returns the stars change, if the stars changed. */
  public java.util.Optional<Change> stars() {
    return changes.stream().filter(c -> c.field().equals("stars")).findFirst();
  }
}
