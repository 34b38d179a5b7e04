package dev.atlas.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the accepted lists that repeat another: a table of contents or a summary table of the
 * projects a detailed list goes on to describe. The one with less to say is dropped.
 */
final class Repeats {
  /** Share of the shorter list's records that another list must match to be its repeat. */
  static final double REPEAT_SHARE = 0.6;

  private Repeats() {}

  /**
   * The accepted lists without those that repeat a richer one: a table of contents or summary
   * table repeating a detailed list. Two lists alike in kind (two ranking tables of one set of
   * projects) both stand: a project listed twice is two entries.
   */
  static List<Segmenter.Candidate> without(List<Segmenter.Candidate> accepted, List<Segmentation.Decision> decisions) {
    List<Segmenter.Candidate> lists = new ArrayList<>(accepted);
    lists.sort(Comparator.comparingInt(Segmenter.Candidate::first));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int a = 0; a < lists.size() && !changed; a++) {
        for (int b = a + 1; b < lists.size() && !changed; b++) {
          Segmenter.Candidate x = lists.get(a);
          Segmenter.Candidate y = lists.get(b);
          if (repeats(x, y) && bodied(x) != bodied(y)) {
            Segmenter.Candidate poorer = richness(x) < richness(y) ? x : y;
            lists.remove(poorer);
            decisions.add(new Segmentation.Decision(poorer, poorer, "dropped: repeats the list at block "
                + (poorer == x ? y : x).first()));
            changed = true;
          }
        }
      }
    }
    return lists;
  }

  /** True when a list's records have bodies of their own: a detailed list, not a table of names. */
  private static boolean bodied(Segmenter.Candidate c) {
    return c.records().stream().mapToInt(Record::bodySize).sum() >= c.records().size();
  }

  private static boolean repeats(Segmenter.Candidate x, Segmenter.Candidate y) {
    List<Record> xs = x.records().stream().filter(r -> !Segmenter.isDivider(r)).toList();
    List<Record> ys = y.records().stream().filter(r -> !Segmenter.isDivider(r)).toList();
    int smaller = Math.min(xs.size(), ys.size());
    if (smaller < 2) {
      return false;
    }
    int matched = 0;
    List<Record> from = xs.size() <= ys.size() ? xs : ys;
    List<Record> in = from == xs ? ys : xs;
    for (Record r : from) {
      if (in.stream().anyMatch(o -> sameProject(r, o))) {
        matched++;
      }
    }
    return matched >= REPEAT_SHARE * smaller;
  }

  private static boolean sameProject(Record a, Record b) {
    if (a.repo() != null && b.repo() != null) {
      return a.repo().key().equals(b.repo().key());
    }
    for (String x : keys(a)) {
      for (String y : keys(b)) {
        if (x.equals(y) || x.length() >= 4 && y.length() >= 4 && (x.contains(y) || y.contains(x))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> keys(Record r) {
    List<String> keys = new ArrayList<>();
    for (String k : new String[] {r.name(), r.heading(), r.repo() == null ? "" : r.repo().name()}) {
      String n = Names.normalize(k);
      if (n.length() >= 2) {
        keys.add(n);
      }
    }
    return keys;
  }

  /** How much a list says about its projects: repositories first, then body text. */
  private static long richness(Segmenter.Candidate c) {
    long repos = c.records().stream().filter(r -> r.repo() != null).count();
    long body = c.records().stream().mapToLong(Record::bodySize).sum();
    return repos * 1_000_000L + body;
  }

}
