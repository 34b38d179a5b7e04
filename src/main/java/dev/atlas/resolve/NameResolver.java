package dev.atlas.resolve;

import dev.atlas.dataset.Mention;
import java.util.Set;

/**
 * Joins a name-only mention to a project: a linked project of the same normalized name when
 * exactly one claims it, else a curated alias, else the name itself. Never joins two repos together.
 */
public final class NameResolver {
  private NameResolver() {}

  /**
   * Returns the id {@code m} resolves to, given the ids of the linked projects that claim its
   * lookup name ({@link ProjectKeys#lookupName}; empty when none does). Linked mentions keep their
   * own. A name-only mention whose own link leads off GitHub (a homepage, a docs page) is known by
   * that link, not by its name: it joins no GitHub project of the same name ("Keras" linking
   * keras.io's plotting docs).
   */
  public static String resolve(Mention m, Set<String> claimants) {
    if (m.linked()) {
      return m.projectId();
    }
    if (claimants.size() == 1 && m.link().isEmpty()) {
      return claimants.iterator().next();
    }
    if (claimants.isEmpty()) {
      var alias = AliasTable.lookup(m.name());
      if (alias.isPresent()) {
        return alias.get();
      }
    }
    return ProjectKeys.NAME + ProjectKeys.lookupName(m);
  }
}
