package dev.atlas.resolve;

import dev.atlas.dataset.Mention;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Joins name-only mentions to projects: a linked project of the same normalized name when exactly
 * one claims it, else a curated alias, else the name itself. Never joins two repos together.
 */
public final class NameResolver {
  private final Map<String, Set<String>> claims = new HashMap<>();

  /** Records the names a linked mention claims. Name-only mentions are ignored. */
  public void addEvidence(Mention m) {
    for (String name : ProjectKeys.evidenceNames(m)) {
      addClaim(name, m.projectId());
    }
  }

  /** Records that {@code projectId} claims the normalized {@code name}. */
  public void addClaim(String name, String projectId) {
    claims.computeIfAbsent(name, k -> new TreeSet<>()).add(projectId);
  }

  /**
   * Returns the id {@code m} resolves to; linked mentions keep their own. A name-only mention
   * whose own link leads off GitHub (a homepage, a docs page) is known by that link, not by its
   * name: it joins no GitHub project of the same name ("Keras" linking keras.io's plotting docs).
   */
  public String resolve(Mention m) {
    if (m.linked()) {
      return m.projectId();
    }
    String name = ProjectKeys.lookupName(m);
    Set<String> ids = claims.get(name);
    if (ids != null && ids.size() == 1 && m.link().isEmpty()) {
      return ids.iterator().next();
    }
    if (ids == null) {
      var alias = AliasTable.lookup(m.name());
      if (alias.isPresent()) {
        return alias.get();
      }
    }
    return ProjectKeys.NAME + name;
  }
}
