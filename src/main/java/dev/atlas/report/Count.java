package dev.atlas.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A label and how many times it occurs: projects per domain, per framework, files per reason.
 *
 * @param label the label
 * @param n how many
 */
public record Count(String label, int n) {
  /** Returns the tally of {@code labels}, most frequent first, ties by label; empty labels are skipped. */
  public static List<Count> of(Collection<String> labels) {
    Map<String, Integer> tally = new TreeMap<>();
    for (String l : labels) {
      if (!l.isEmpty()) {
        tally.merge(l, 1, Integer::sum);
      }
    }
    return tally.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt((Count c) -> -c.n()).thenComparing(Count::label))
        .toList();
  }
}
