package dev.atlas.extract;

import dev.atlas.Validate;
import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;

/**
 * One featured-project entry found in an article, its fields normalized.
 *
 * @param position 1-based order of the entry in its article
 * @param name display name: the heading's name, or the repo's name when the heading is a garbled
 *     translation or a description
 * @param heading the heading, list item name or table cell as written, markup trimmed
 * @param repo the GitHub repository the entry links, or null
 * @param stars the star count the entry states, or null
 * @param domainsExplicit domain tags the article states for the entry (section, tag, field)
 * @param domainsInferred domain tags inferred from the entry's name and description
 * @param framework the framework the entry states, or empty
 * @param rank the rank the article gives, or 0
 * @param author the author the entry states, or empty
 * @param line 1-based line where the entry starts
 * @param evidence what the entry rests on: its opener's kind and what it states ("heading+repo+stars",
 *     "item+repo", "bold+siblings" for a record kept because its siblings carry evidence)
 * @param link the entry's own link when it leads off GitHub (a homepage, a docs page), or empty
 */
public record Entry(
    int position,
    String name,
    String heading,
    GithubRepo repo,
    Stars stars,
    Set<String> domainsExplicit,
    Set<String> domainsInferred,
    String framework,
    int rank,
    String author,
    int line,
    String evidence,
    String link)
    implements Serializable {

  /** Creates an entry; tag sets are copied sorted, null strings become empty. */
  public Entry {
    Validate.isTrue(position > 0, "position must be positive");
    Validate.notNull(name, "name");
    heading = heading == null ? "" : heading;
    domainsExplicit = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(domainsExplicit == null ? Set.of() : domainsExplicit));
    domainsInferred = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(domainsInferred == null ? Set.of() : domainsInferred));
    framework = framework == null ? "" : framework;
    author = author == null ? "" : author;
    evidence = evidence == null ? "" : evidence;
    link = link == null ? "" : link;
  }

  /** Returns explicit and inferred tags together, sorted. */
  public Set<String> domains() {
    Set<String> all = new TreeSet<>(domainsExplicit);
    all.addAll(domainsInferred);
    return java.util.Collections.unmodifiableSortedSet((TreeSet<String>) all);
  }
}
