package dev.atlas.resolve;

import dev.atlas.dataset.Mention;
import dev.atlas.dataset.Project;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Folds the mentions of one project id into a {@link Project}. */
public final class ProjectBuilder {
  private static final java.util.regex.Pattern MARKDOWN_LINK =
      java.util.regex.Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

  private ProjectBuilder() {}

  /** Returns the project {@code id} made of {@code mentions} (at least one). */
  public static Project build(String id, List<Mention> mentions) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparing(Mention::sortKey));
    List<Mention> linked = sorted.stream().filter(Mention::linked).toList();
    String name = mostCommon(linked.isEmpty() ? sorted : linked, Mention::name);
    String repo = linked.isEmpty() ? repoFromId(id) : linked.get(0).repo();
    String url = linked.isEmpty() ? "" : mostCommon(linked, Mention::url);
    Mention starsFrom = null;
    for (Mention m : sorted) {
      if (m.stars() == null) {
        continue;
      }
      if (starsFrom == null || newer(m, starsFrom)) {
        starsFrom = m;
      }
    }
    Set<String> domains = new TreeSet<>();
    Set<String> explicit = new TreeSet<>();
    Set<String> frameworks = new TreeSet<>();
    Set<String> aliases = new TreeSet<>();
    Set<String> files = new HashSet<>();
    String first = "";
    String last = "";
    for (Mention m : sorted) {
      domains.addAll(m.domains());
      explicit.addAll(m.domainsExplicit());
      if (!m.framework().isEmpty()) {
        frameworks.add(m.framework());
      }
      aliases.add(m.name());
      aliases.add(MARKDOWN_LINK.matcher(m.heading()).replaceAll("$1").strip());
      files.add(m.articleFile());
      if (!m.published().isEmpty()) {
        first = first.isEmpty() || m.published().compareTo(first) < 0 ? m.published() : first;
        last = m.published().compareTo(last) > 0 ? m.published() : last;
      }
    }
    aliases.remove(name);
    aliases.remove("");
    return new Project(id, name, repo, url, starsFrom == null ? null : starsFrom.stars(),
        starsFrom != null && starsFrom.starsApprox(), starsFrom == null ? "" : starsFrom.published(),
        new ArrayList<>(domains), new ArrayList<>(explicit), new ArrayList<>(frameworks),
        new ArrayList<>(aliases), files.size(), first, last, sorted);
  }

  /** True when {@code a} should win over {@code b}: a later date, else a larger count. */
  private static boolean newer(Mention a, Mention b) {
    int byDate = a.published().compareTo(b.published());
    if (byDate != 0) {
      return byDate > 0;
    }
    return a.stars() > b.stars();
  }

  private static String repoFromId(String id) {
    if (!id.startsWith(ProjectKeys.GITHUB)) {
      return "";
    }
    String[] parts = id.substring(ProjectKeys.GITHUB.length()).split("/");
    return parts.length >= 2 ? parts[0] + "/" + parts[1] : "";
  }

  private static String mostCommon(List<Mention> mentions, java.util.function.Function<Mention, String> f) {
    Map<String, Integer> counts = new HashMap<>();
    for (Mention m : mentions) {
      counts.merge(f.apply(m), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("");
  }
}
