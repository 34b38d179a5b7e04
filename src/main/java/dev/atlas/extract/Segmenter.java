package dev.atlas.extract;

import dev.atlas.article.Article;
import dev.atlas.article.Block;
import dev.atlas.article.BlockKind;
import dev.atlas.article.Deadline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the featured lists of an article, the third stage of entry finding. Every shape that
 * opens blocks splits the article into candidate records (an opener and the body under it); runs
 * of sibling records form candidate lists. A list is featured when its records rest on evidence
 * (a primary repository or a stated star total); lists claim their records best first, so no
 * other shape reuses them; a list that repeats another (a table of contents, a summary table) is
 * dropped for the richer one. Records without evidence stay when their siblings carry it.
 */
final class Segmenter {
  /** Fewest records resting on evidence a shape needs, over the whole article, for its lists to count. */
  static final int MIN_ANCHORED = 2;
  /** Least share of a list's records that must rest on evidence. */
  static final double MIN_ANCHORED_SHARE = 0.25;
  /** Smallest count a title states that confirms a list by itself. */
  static final int MIN_TITLE_COUNT = 3;
  /** How far into an article a heading repeating its title is still the title. */
  private static final int TITLE_REACH = 8;

  private final Article article;
  private final List<Block> blocks;
  private final List<Shape> shapes;
  private final List<Evidence> evidence;
  private final Sections sections;
  private final RecordReader reader;

  private Segmenter(Article article) {
    this.article = article;
    this.blocks = article.blocks();
    this.shapes = Shape.of(blocks);
    this.evidence = Evidence.of(blocks);
    this.sections = Sections.of(blocks, shapes);
    this.reader = new RecordReader(blocks, shapes, evidence);
  }

  /** Segments {@code article}; never fails, whatever its blocks. */
  static Segmentation segment(Article article) {
    return new Segmenter(article).run();
  }

  /**
   * A run of sibling records of one shape.
   *
   * @param key the shape
   * @param records the records in order, dividers included
   */
  record Candidate(String key, List<Record> records) {
    int anchored() {
      return (int) records.stream().filter(Record::anchored).count();
    }

    /**
     * How many records rest on evidence not already explained: a record whose only evidence is a
     * repository an accepted list features (a setup step that clones it again) adds nothing.
     */
    int anchored(Set<String> featured) {
      return (int) records.stream()
          .filter(r -> r.stars() != null || r.repo() != null && !featured.contains(r.repo().key())).count();
    }

    int complete() {
      return (int) records.stream().filter(r -> r.repo() != null && r.stars() != null).count();
    }

    int rank() {
      return records.get(0).shape().rank();
    }

    int first() {
      return records.get(0).opener();
    }
  }

  private Segmentation run() {
    Map<String, List<Integer>> openers = new LinkedHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      Deadline.check();
      if (opens(i)) {
        openers.computeIfAbsent(shapes.get(i).key(), k -> new ArrayList<>()).add(i);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    Map<String, Integer> anchoredByShape = new HashMap<>();
    for (var e : openers.entrySet()) {
      for (Candidate c : runs(e.getKey(), e.getValue())) {
        candidates.add(c);
        anchoredByShape.merge(c.key(), c.anchored(), Integer::sum);
      }
    }
    // the shape that explains most evidence over the whole article goes first, then its richest lists
    candidates.sort(Comparator.comparingInt((Candidate c) -> anchoredByShape.get(c.key())).reversed()
        .thenComparing(Comparator.comparingInt((Candidate c) -> c.anchored()).reversed())
        .thenComparing(Comparator.comparingInt(Candidate::complete).reversed())
        .thenComparingInt(Candidate::rank)
        .thenComparingInt(Candidate::first));
    int titleCount = TitleCount.of(article.title());
    boolean[] claimed = new boolean[blocks.size()];
    List<Segmentation.Decision> decisions = new ArrayList<>();
    List<Candidate> accepted = new ArrayList<>();
    Map<String, Integer> acceptedAnchored = new HashMap<>();
    Set<String> featured = new HashSet<>();
    for (int n = 0; n < candidates.size(); n++) {
      Deadline.check();
      Candidate c = candidates.get(n);
      Candidate k = unclaimed(c, claimed);
      // what the shape's lists still explain: those accepted, and those to come as they stand now
      // (counted only where this list alone is not enough)
      int shapeAnchored = acceptedAnchored.getOrDefault(c.key(), 0) + k.anchored(featured);
      for (int m = n + 1; m < candidates.size() && shapeAnchored < MIN_ANCHORED; m++) {
        if (candidates.get(m).key().equals(c.key())) {
          shapeAnchored += unclaimed(candidates.get(m), claimed).anchored(featured);
        }
      }
      String verdict = verdict(k, k.anchored(featured), shapeAnchored, titleCount, accepted.isEmpty(), adjoins(k, accepted));
      decisions.add(new Segmentation.Decision(c, k, verdict));
      if (verdict.startsWith("accepted")) {
        accepted.add(k);
        acceptedAnchored.merge(k.key(), k.anchored(featured), Integer::sum);
        k.records().stream().filter(r -> r.repo() != null).forEach(r -> featured.add(r.repo().key()));
        for (Record r : k.records()) {
          for (int j = r.opener(); j < r.end(); j++) {
            claimed[j] = true;
          }
        }
      }
    }
    List<Candidate> lists = Repeats.without(accepted, decisions);
    return new Segmentation(article, shapes, evidence, sections, decisions, lists, entries(lists, titleCount));
  }

  /** True when block {@code i} can open a record: it has a shape, stands outside skipped sections and names something. */
  private boolean opens(int i) {
    Shape s = shapes.get(i);
    Block b = blocks.get(i);
    if (s.key() == null || sections.skipped(i) || isTitle(i)) {
      return false;
    }
    if (b.kind() == BlockKind.TABLE_ROW) {
      return b.cells().stream().anyMatch(c -> !c.text().isBlank());
    }
    return !s.label().isEmpty() || s.rankMarker() || s.number() > 0;
  }

  private boolean isTitle(int i) {
    Block b = blocks.get(i);
    if (b.kind() != BlockKind.HEADING) {
      return false;
    }
    if (i == 0 && b.level() == 1) {
      return true;
    }
    if (i >= TITLE_REACH || b.level() != 1) {
      return false;
    }
    String title = NameRules.clean(article.title());
    return !title.isEmpty() && NameRules.clean(b.text()).equals(title);
  }

  /** The candidate lists of one shape: its records, split where a list ends and another begins. */
  private List<Candidate> runs(String key, List<Integer> openers) {
    List<Candidate> runs = new ArrayList<>();
    List<Record> run = new ArrayList<>();
    Record previous = null;
    for (int k = 0; k < openers.size(); k++) {
      int i = openers.get(k);
      int next = k + 1 < openers.size() ? openers.get(k + 1) : blocks.size();
      Record r = reader.read(i, end(i, next, false));
      if (!r.anchored() && blocks.get(i).kind() == BlockKind.LIST_ITEM) {
        // an item without evidence of its own ("1. Name" then its text, its stars, its link)
        // takes the blocks after it, up to its next sibling
        Record loose = reader.read(i, end(i, next, true));
        if (loose.anchored()) {
          r = loose;
        }
      }
      int before = run.size() >= 2 ? run.get(run.size() - 2).shape().number() : 0;
      if (previous != null && !sameList(before, previous, r)) {
        runs.add(new Candidate(key, List.copyOf(run)));
        run.clear();
      }
      run.add(r);
      previous = r;
    }
    if (!run.isEmpty()) {
      runs.add(new Candidate(key, List.copyOf(run)));
    }
    return runs;
  }

  /**
   * Where the record opened at {@code i} ends: at its next sibling {@code next}, at a heading as
   * high as a heading opener, at the first block outside a list item (unless {@code loose}), at
   * a heading, bold line or lead paragraph after a lead paragraph or a loose item, after a table
   * row; and at a skipped section.
   */
  private int end(int i, int next, boolean loose) {
    Shape s = shapes.get(i);
    Block b = blocks.get(i);
    if (b.kind() == BlockKind.TABLE_ROW) {
      return i + 1;
    }
    for (int j = i + 1; j < next; j++) {
      Shape t = shapes.get(j);
      Block c = blocks.get(j);
      if (s.key().equals(t.key()) || sections.skipped(j)) {
        return j;
      }
      if (loose && c.kind() == BlockKind.LIST_ITEM && c.level() <= b.level()) {
        // a loose item reaches over text, not over the items of its own list
        return j;
      }
      if (loose && t.lead() == Shape.Lead.NAME && c.kind() == BlockKind.PARAGRAPH) {
        // a plain short line ("50k+ stars") is the loose item's text, not a new record
        continue;
      }
      if (s.isHeadingLike()) {
        // a heading as high, or any heading or bold line linking a repository of its own (the
        // next entry of a list whose author changed heading level halfway)
        if (t.isHeadingLike() && (t.rank() <= s.rank() || t.key() != null && !evidence.get(j).repos().isEmpty())) {
          return j;
        }
      } else if (b.kind() == BlockKind.LIST_ITEM && !loose) {
        // nested items and continuation text; a field item at the item's own level is a field of
        // the record around the list, not of the item above it
        boolean inside = c.kind() == BlockKind.LIST_ITEM
            ? c.level() > b.level()
            : c.kind() != BlockKind.TABLE_ROW && c.kind() != BlockKind.HEADING && c.level() > b.level() && !t.isHeadingLike();
        if (!inside) {
          return j;
        }
      } else if (t.rank() < Math.min(s.rank(), Shape.LEAD_PARAGRAPH + 1)) {
        return j;
      }
    }
    return next;
  }

  /**
   * True when {@code b} continues the list {@code a} belongs to: no block stands between them, or
   * their numbering runs on across it, up or down (a countdown from 3 or more, or one under way
   * when the number {@code before} {@code a} was one higher); a numbering that starts again
   * starts a new list.
   */
  private static boolean sameList(int before, Record a, Record b) {
    int na = a.shape().number();
    int nb = b.shape().number();
    boolean countingDown = before > 0 ? before == na + 1 : na >= 3;
    if (na > 0 && (nb == na + 1 || nb == na - 1 && nb > 0 && countingDown)) {
      // counting up, or down ("第 7 名" … "第 1 名")
      return true;
    }
    if (na > 0 && nb > 0 && nb <= na) {
      return false;
    }
    return a.end() == b.opener();
  }

  /**
   * The candidate's records as far as lists already accepted leave them: a record whose opener
   * is taken is gone; one whose body runs into taken blocks ends before them, and is read again.
   */
  private Candidate unclaimed(Candidate c, boolean[] claimed) {
    List<Record> kept = new ArrayList<>();
    for (Record r : c.records()) {
      if (claimed[r.opener()]) {
        continue;
      }
      int cut = r.opener() + 1;
      while (cut < r.end() && !claimed[cut]) {
        cut++;
      }
      kept.add(cut == r.end() ? r : reader.read(r.opener(), cut));
    }
    return new Candidate(c.key(), kept);
  }

  /**
   * True when the candidate is one record that joins the article's accepted lists: it states its
   * own link and its stars (an entry written in a shape of its own, "🆙 **Ollama v0.1.32**" after
   * "🔥 **Name**：…" paragraphs), or it stands right against a record of an accepted list of
   * headings (a list written one heading level off, "## A" over "### B", "### C").
   */
  private static boolean adjoins(Candidate c, List<Candidate> accepted) {
    if (c.records().size() != 1 || !c.records().get(0).anchored() || accepted.isEmpty()) {
      return false;
    }
    Record r = c.records().get(0);
    if (SectionRules.kind(r.shape().label()) != SectionRules.Kind.NONE || r.name().isEmpty()) {
      // a section label ("代码地址") over links is not an entry
      return false;
    }
    if (r.repo() != null && r.stars() != null && (r.repoFrom().equals("opener") || r.repoFrom().equals("label"))) {
      // its own link and its stars, in an article that lists projects: an entry written in a shape of its own
      return true;
    }
    if (!r.shape().isHeadingLike() || r.repo() == null) {
      // beside a list of headings, a heading joins on a repository of its own, not on a figure its prose states
      return false;
    }
    for (Candidate list : accepted) {
      if (!list.records().get(0).shape().isHeadingLike()) {
        continue;
      }
      for (Record other : list.records()) {
        if (r.end() == other.opener() || r.opener() == other.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Why a candidate list is accepted or not, "accepted…" or "rejected…". */
  private static String verdict(Candidate kept, int anchored, int anchoredByShape, int titleCount, boolean first,
      boolean adjoins) {
    if (kept.records().isEmpty()) {
      return "rejected: taken by better lists";
    }
    long members = kept.records().stream().filter(r -> !isDivider(r)).count();
    if (first && titleCount >= MIN_TITLE_COUNT && (members == titleCount || kept.records().size() == titleCount)) {
      // "8 Amazing GitHub Repos" over eight headings: the title's count is evidence of its own
      return "accepted: as many records as the title counts (" + titleCount + "), " + anchored + " with evidence";
    }
    if (anchored == 0) {
      return "rejected: no record rests on evidence";
    }
    if (anchoredByShape < MIN_ANCHORED && !adjoins && !ownLink(kept)) {
      return "rejected: its shape has " + anchoredByShape + " record with evidence in the article";
    }
    if (anchored < MIN_ANCHORED_SHARE * members) {
      return "rejected: " + anchored + " of " + members + " records rest on evidence";
    }
    return "accepted: " + anchored + " of " + members + " records rest on evidence";
  }

  /**
   * True when the list's one record with evidence is a heading or bold line whose own link, or a
   * link the article labels as its project's, names its repository: evidence enough on its own.
   */
  private static boolean ownLink(Candidate c) {
    for (Record r : c.records()) {
      if (r.anchored() && r.repo() != null && r.shape().isHeadingLike()
          && (r.repoFrom().equals("opener") || r.repoFrom().equals("label"))
          && SectionRules.kind(r.shape().label()) == SectionRules.Kind.NONE && !r.name().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A record that only labels the records after it: no evidence, and no name; or an unnumbered
   * heading, bold line or plain name line with nothing under it.
   */
  static boolean isDivider(Record r) {
    if (r.anchored()) {
      return false;
    }
    boolean label = r.shape().isHeadingLike() || r.shape().lead() == Shape.Lead.NAME && r.shape().key().startsWith("p");
    return r.name().isEmpty() || r.bodySize() == 0 && r.shape().number() == 0 && label;
  }

  private List<Entry> entries(List<Candidate> lists, int titleCount) {
    if (lists.isEmpty()) {
      return new ArrayList<>();
    }
    return new Listing(blocks, shapes, sections, article.title(), titleCount).entries(lists);
  }
}
