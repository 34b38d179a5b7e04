package dev.atlas.resolve;

import dev.atlas.article.Article;
import dev.atlas.dataset.Mention;
import dev.atlas.extract.Entry;
import dev.atlas.extract.GithubRepo;
import dev.atlas.extract.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/** Project ids and the names a mention can be matched by. */
public final class ProjectKeys {
  /** Prefix of ids of linked projects. */
  public static final String GITHUB = "github:";
  /** Prefix of ids of name-only projects. */
  public static final String NAME = "name:";

  private ProjectKeys() {}

  /** Returns {@code github:owner/repo[/path]}, lowercase. */
  public static String of(GithubRepo repo) {
    return GITHUB + repo.keyWithPath();
  }

  /** Returns {@code name:<normalized name>}. */
  public static String ofName(String name) {
    return NAME + Names.normalize(name);
  }

  /** Turns an entry of {@code article} into a mention, its id provisional for name-only ones. */
  public static Mention mention(Article article, Entry e) {
    GithubRepo repo = e.repo();
    String id = repo != null ? of(repo) : ofName(e.name());
    return new Mention(article.file(), e.position(), id, e.name(), e.heading(),
        repo == null ? "" : repo.key(), repo == null ? "" : repo.path(), repo == null ? "" : repo.url(),
        e.stars() == null ? null : e.stars().value(), e.stars() != null && e.stars().approximate(),
        new ArrayList<>(e.domains()), new ArrayList<>(e.domainsExplicit()), e.framework(), e.rank(),
        e.author(), e.line(), article.published(), e.evidence(), e.link());
  }

  /**
   * Returns the normalized names a linked mention can be found by: its display name, its heading's
   * name, its repo name and its subfolder's name. Empty for a name-only mention.
   */
  public static Set<String> evidenceNames(Mention m) {
    Set<String> names = new LinkedHashSet<>();
    if (!m.linked()) {
      return names;
    }
    add(names, m.name());
    add(names, m.path().isEmpty() ? m.repo().substring(m.repo().indexOf('/') + 1)
        : m.path().substring(m.path().lastIndexOf('/') + 1));
    return names;
  }

  /** Returns the normalized name a name-only mention is looked up by. */
  public static String lookupName(Mention m) {
    return Names.normalize(m.name());
  }

  private static void add(Set<String> names, String s) {
    String n = Names.normalize(s);
    if (n.length() >= 2) {
      names.add(n);
    }
  }

  /** Returns the shard of {@code key} among {@code shards}, stable across JVMs. */
  public static int shard(String key, int shards) {
    int h = 0;
    for (int i = 0; i < key.length(); i++) {
      h = 31 * h + key.charAt(i);
    }
    return Math.floorMod(h ^ (h >>> 16), shards);
  }
}
