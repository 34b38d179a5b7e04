package dev.atlas.diff;

import dev.atlas.dataset.Project;
import dev.atlas.extract.Names;
import dev.atlas.resolve.ProjectKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two datasets project by project. Projects match by id; domains compare the tags the
 * articles state (inferred tags shift with wording and are not reported). A name-only project of the old
 * dataset that a new linked project now claims (same normalized name, repo name or alias) is the
 * same project gaining a link, not one removed and one added.
 */
public final class DatasetDiff {
  private DatasetDiff() {}

  /** Returns the differences of {@code newer} against {@code older}, sorted by project id. */
  public static List<ProjectDiff> compare(List<Project> older, List<Project> newer) {
    Map<String, Project> oldById = index(older);
    Map<String, Project> newById = index(newer);
    Map<String, String> linkGained = linkGained(oldById, newById);
    Set<String> matchedOld = new HashSet<>(linkGained.values());
    List<ProjectDiff> diffs = new ArrayList<>();
    for (Project p : newById.values()) {
      Project before = oldById.get(p.projectId());
      String oldId = "";
      if (before == null && linkGained.containsKey(p.projectId())) {
        oldId = linkGained.get(p.projectId());
        before = oldById.get(oldId);
      }
      if (before == null) {
        diffs.add(new ProjectDiff(ProjectDiff.Kind.ADDED, p.projectId(), "", null, p, List.of()));
        continue;
      }
      matchedOld.add(before.projectId());
      List<Change> changes = changes(before, p);
      if (!changes.isEmpty()) {
        diffs.add(new ProjectDiff(ProjectDiff.Kind.CHANGED, p.projectId(), oldId, before, p, changes));
      }
    }
    for (Project p : oldById.values()) {
      if (!newById.containsKey(p.projectId()) && !matchedOld.contains(p.projectId())) {
        diffs.add(new ProjectDiff(ProjectDiff.Kind.REMOVED, p.projectId(), "", p, null, List.of()));
      }
    }
    diffs.sort((a, b) -> a.projectId().compareTo(b.projectId()) != 0
        ? a.projectId().compareTo(b.projectId()) : a.kind().compareTo(b.kind()));
    return diffs;
  }

  /** Returns the field changes of one project, in a fixed field order. */
  static List<Change> changes(Project a, Project b) {
    List<Change> changes = new ArrayList<>();
    if (!a.name().equals(b.name())) {
      changes.add(new Change("name", a.name(), b.name(), null, null));
    }
    if (!a.repo().equals(b.repo())) {
      changes.add(new Change("repo", a.repo(), b.repo(), null, null));
    }
    if (!Objects.equals(a.stars(), b.stars())) {
      changes.add(Change.stars(a.stars(), b.stars()));
    }
    if (!new TreeSet<>(a.domainsExplicit()).equals(new TreeSet<>(b.domainsExplicit()))) {
      changes.add(new Change("domains", String.join(";", new TreeSet<>(a.domainsExplicit())),
          String.join(";", new TreeSet<>(b.domainsExplicit())), null, null));
    }
    if (a.articleCount() != b.articleCount()) {
      changes.add(new Change("article_count", Integer.toString(a.articleCount()), Integer.toString(b.articleCount()),
          (long) (b.articleCount() - a.articleCount()), null));
    }
    return changes;
  }

  /** Maps new linked ids to the old name-only id they now claim, where exactly one does. */
  private static Map<String, String> linkGained(Map<String, Project> oldById, Map<String, Project> newById) {
    Map<String, Set<String>> claims = new TreeMap<>();
    for (Project p : newById.values()) {
      if (!p.projectId().startsWith(ProjectKeys.GITHUB) || oldById.containsKey(p.projectId())) {
        continue;
      }
      Set<String> names = new TreeSet<>();
      names.add(Names.normalize(p.name()));
      names.add(Names.normalize(p.repo().substring(p.repo().indexOf('/') + 1)));
      p.aliases().forEach(a -> names.add(Names.normalize(a)));
      for (String n : names) {
        String oldId = ProjectKeys.NAME + n;
        if (!n.isEmpty() && oldById.containsKey(oldId) && !newById.containsKey(oldId)) {
          claims.computeIfAbsent(oldId, k -> new TreeSet<>()).add(p.projectId());
        }
      }
    }
    Map<String, String> gained = new TreeMap<>();
    claims.forEach((oldId, newIds) -> {
      if (newIds.size() == 1) {
        gained.put(newIds.iterator().next(), oldId);
      }
    });
    return gained;
  }

  private static Map<String, Project> index(List<Project> projects) {
    Map<String, Project> map = new TreeMap<>();
    projects.forEach(p -> map.put(p.projectId(), p));
    return map;
  }
}
