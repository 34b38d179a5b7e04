package dev.atlas.extract;

import dev.atlas.Lexicon;
import dev.atlas.Phrases;
import dev.atlas.article.Block;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the featured lists into entries, the last stage of entry finding: what a record learns
 * from its list and its section. A divider's label and the section headings above give domains;
 * numbering is a rank when the article ranks (it says so, its title announces a top N, or its
 * numbered records go down in stars); a figure written without its unit ("84.4" among "86.6k") takes its siblings' unit.
 */
final class Listing {
  private static final Phrases RANKED = Phrases.of(Lexicon.phrases("ranking.tsv", "ranked").toArray(String[]::new));
  private static final Phrases NOT_RANKED = Phrases.of(Lexicon.phrases("ranking.tsv", "unranked").toArray(String[]::new));
  /** How many opening blocks are read for a statement that the article ranks. */
  private static final int OPENING = 15;
  /** Fewest numbered records with stars whose order shows the numbering is a rank. */
  private static final int MIN_SORTED = 3;
  /** Longest name an entry without evidence of its own may have. */
  private static final int MAX_UNANCHORED_NAME = 80;

  private final List<Block> blocks;
  private final List<Shape> shapes;
  private final Sections sections;
  private final boolean declaresRanking;
  /** The number of projects the title announces, or 0. */
  private final int titleCount;

  Listing(List<Block> blocks, List<Shape> shapes, Sections sections, String title, int titleCount) {
    this.titleCount = titleCount;
    this.blocks = blocks;
    this.shapes = shapes;
    this.sections = sections;
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < Math.min(blocks.size(), OPENING); i++) {
      head.append(blocks.get(i).text()).append('\n');
    }
    this.declaresRanking = (RANKED.in(head) || TitleCount.ranks(title)) && !NOT_RANKED.in(head);
  }

  /** The entries of {@code lists}, in reading order, numbered from 1. */
  List<Entry> entries(List<Segmenter.Candidate> lists) {
    List<Drafted> drafted = new ArrayList<>();
    for (Segmenter.Candidate list : lists) {
      boolean ranked = declaresRanking || sortedByStars(list.records());
      // as many records as the title announces: the headings with nothing under them are entries too
      boolean counted = titleCount >= Segmenter.MIN_TITLE_COUNT && list.records().size() == titleCount;
      Set<String> dividerDomains = Set.of();
      for (Record r : list.records()) {
        Set<String> labelDomains = r.shape().isHeadingLike() ? RecordReader.sectionDomains(r.shape().label()) : Set.of();
        if (!labelDomains.isEmpty() && !Names.normalize(r.name()).equals(Names.normalize(r.shape().label()))) {
          // a domain label over the records after it, even when it also opens a record of fields
          dividerDomains = labelDomains;
        }
        if (Segmenter.isDivider(r) && !(counted && !r.name().isEmpty())) {
          if (r.shape().isHeadingLike() && labelDomains.isEmpty()) {
            dividerDomains = Set.of();
          }
          continue;
        }
        if (!isEntry(r)) {
          continue;
        }
        drafted.add(new Drafted(r, domains(r, dividerDomains), rank(r, ranked), stars(r, list.records())));
      }
    }
    drafted.sort(Comparator.comparingInt(d -> d.record().opener()));
    List<Entry> entries = new ArrayList<>(drafted.size());
    for (Drafted d : drafted) {
      entries.add(d.toEntry(entries.size() + 1, blocks.get(d.record().opener()).line(), text(d.record())));
    }
    return entries;
  }

  private record Drafted(Record record, Set<String> domains, int rank, Stars stars) {
    Entry toEntry(int position, int line, String description) {
      Record r = record;
      GithubRepo repo = r.repo();
      String name = r.name().isEmpty() && repo != null ? repo.name() : r.name();
      if (repo != null && !repo.path().isEmpty() && Names.normalize(name).equals(Names.normalize(repo.name()))) {
        // a deep link into the entry's own repository (its configs, its docs), not a subfolder project
        repo = new GithubRepo(repo.owner(), repo.name(), "", "");
      }
      String display = NameRules.displayName(name, repo);
      Set<String> inferred = DomainMapper.infer(display + " " + r.heading(), description);
      return new Entry(position, display, r.heading(), repo, stars, domains, inferred, r.framework(), rank, r.author(),
          line, r.evidence(), r.link());
    }
  }

  /** The record's text, opener and body, for inferring its domains. */
  private String text(Record r) {
    StringBuilder sb = new StringBuilder();
    for (int j = r.opener(); j < r.end(); j++) {
      sb.append(blocks.get(j).text()).append('\n');
    }
    return sb.toString();
  }

  /** True when a record of a featured list is an entry: it rests on evidence, or its name reads as a project's. */
  private static boolean isEntry(Record r) {
    String name = r.name();
    if (name.isEmpty() && r.repo() == null) {
      return false;
    }
    if (r.anchored()) {
      return !(NameRules.isPhrase(name) && !name.isEmpty() && !"opener".equals(r.repoFrom()));
    }
    String raw = r.shape().label();
    if (!r.link().isEmpty() && LinkNormalizer.isNonProjectHost(r.link())) {
      // a thread, a paper, a video: linked from a list of projects, it is still none
      return false;
    }
    return name.length() <= MAX_UNANCHORED_NAME && !NameRules.isPhrase(name) && !raw.endsWith(":") && !raw.endsWith("：")
        && SectionRules.kind(name) == SectionRules.Kind.NONE && RecordReader.sectionDomains(name).isEmpty();
  }

  private Set<String> domains(Record r, Set<String> dividerDomains) {
    Set<String> tags = new TreeSet<>(r.domains());
    tags.addAll(dividerDomains);
    for (Sections.Heading h : sections.above(r.opener())) {
      if (h.index() > 0) {
        // the article's title heading labels the whole article, not a section of it
        tags.addAll(RecordReader.sectionDomains(h.label()));
      }
    }
    return tags;
  }

  /**
   * The record's rank: one it states, or one a rank line right before it or a rank heading above
   * it states ("▍No.3" before "【Name】", "## Rank 3" over "**Name**"), or its number when the
   * article ranks.
   */
  private int rank(Record r, boolean ranked) {
    if (r.rank() > 0) {
      return r.rank();
    }
    Shape before = r.opener() > 0 ? shapes.get(r.opener() - 1) : null;
    if (before != null && before.rankMarker() && before.label().isEmpty()) {
      // "▍No.3" on the line before "【Name】"
      return before.number();
    }
    List<Sections.Heading> above = sections.above(r.opener());
    if (!above.isEmpty()) {
      Shape nearest = shapes.get(above.get(above.size() - 1).index());
      if (nearest.rankMarker() && nearest.label().isEmpty()) {
        return nearest.number();
      }
    }
    return ranked ? r.shape().number() : 0;
  }

  /** True when the list's numbered records all state stars, and they never rise as the numbers do. */
  private static boolean sortedByStars(List<Record> records) {
    long previous = Long.MAX_VALUE;
    int count = 0;
    for (Record r : records) {
      if (r.shape().number() <= 0) {
        continue;
      }
      if (r.stars() == null) {
        // an order by stars shows only where every numbered record states its stars
        return false;
      }
      if (r.stars().value() > previous) {
        return false;
      }
      previous = r.stars().value();
      count++;
    }
    return count >= MIN_SORTED;
  }

  /**
   * The record's stars; a figure with a fraction and no unit ("84.4") takes the unit most of its
   * siblings write ("86.6k"), and is dropped when they write none.
   */
  private static Stars stars(Record r, List<Record> siblings) {
    if (r.stars() == null || !r.starsText().startsWith("unitless:")) {
      return r.stars();
    }
    int thousands = 0;
    int others = 0;
    for (Record s : siblings) {
      if (s == r || s.stars() == null) {
        continue;
      }
      String text = s.starsText().toLowerCase(java.util.Locale.ROOT);
      if (text.contains("k")) {
        thousands++;
      } else {
        others++;
      }
    }
    if (thousands > others && thousands >= 2) {
      String figure = r.starsText().substring("unitless:".length()).replaceAll("[^0-9.]", "");
      try {
        return new Stars(Math.round(Double.parseDouble(figure) * 1000), r.stars().approximate());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
