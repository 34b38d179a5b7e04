package dev.atlas.extract;

import dev.atlas.article.Block;
import dev.atlas.article.BlockKind;
import dev.atlas.article.Link;
import dev.atlas.GuardedPattern;
import dev.atlas.Lexicon;
import dev.atlas.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one block states, the second stage of entry finding: the GitHub repositories it links and
 * the star figures it gives, each classified, and the field it is, if it is a field line.
 *
 * @param repos the repositories the block's links go to, in order
 * @param figures the star figures in the block's text, totals and gains, in order
 * @param field the block read as a field line, or null
 */
public record Evidence(List<Ref> repos, List<StarCount.Found> figures, FieldLine field) {
  private static final Set<String> GENERIC_LINK_TEXT = Set.copyOf(Lexicon.phrases("link-labels.tsv", "generic"));
  private static final GuardedPattern LINK_LABEL = GuardedPattern.compile(
      "(" + alternation(Lexicon.phrases("link-labels.tsv", "label")) + ")\\s*[：:]\\s*$|(" + alternation(Lexicon.phrases("link-labels.tsv", "lead")) + ")\\s*[：:]?\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** A line that is a label and then the link: "Enlace: [owner/repo](…)", "Repo Link: …". */
  private static final Pattern LABEL_ONLY = Pattern.compile("^[^:：。.!?！？]{1,24}[:：]\\s*$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** How far before a link its label is looked for. */
  private static final int LABEL_REACH = 24;

  /**
   * A repository a block links.
   *
   * @param repo the repository
   * @param text the link's visible text
   * @param labelled true when the article labels the link as a project's own ("GitHub：…",
   *     "[GitHub 存储库](…)", "代码地址：…", a link field line)
   * @param bare true when the block is the link's URL and nothing else
   */
  public record Ref(GithubRepo repo, String text, boolean labelled, boolean bare) {}

  /** Returns the evidence of {@code b}; a code block states nothing. */
  public static Evidence of(Block b) {
    if (b.kind() == BlockKind.CODE) {
      return new Evidence(List.of(), List.of(), null);
    }
    FieldLine field = b.kind() == BlockKind.TABLE_ROW ? fieldRow(b) : field(b.text());
    boolean linkField = field != null && field.kind() == FieldLine.Kind.LINK;
    boolean bare = isBareUrl(b);
    List<Ref> repos = new ArrayList<>();
    for (Link link : b.links()) {
      Optional<GithubRepo> repo = repoOf(link);
      if (repo.isPresent()) {
        boolean labelled = linkField || isGeneric(link.text()) || labelledBefore(b.text(), link);
        repos.add(new Ref(repo.get(), link.text(), labelled, bare));
      }
    }
    if (repos.isEmpty() && linkField) {
      // "Github地址：github.com/o/r.git" or "repo: owner/name" written out without a link
      String value = SPACES.split(field.value().strip())[0];
      LinkNormalizer.github(value).or(() -> Names.repoPath(value))
          .ifPresent(r -> repos.add(new Ref(r, field.value(), true, false)));
    }
    List<StarCount.Found> figures = b.kind() == BlockKind.TABLE_ROW && field == null ? List.of() : StarCount.findInProse(b.text());
    if (figures.isEmpty() && field != null && field.kind() == FieldLine.Kind.STARS) {
      // "Star：68", "⭐ 12.4k": the label says what the bare number is
      figures = StarCount.parse(field.value()).map(s -> List.of(new StarCount.Found(s, 0, b.text().length(),
          false, field.value().matches("\\s*\\d+\\.\\d+\\s*")))).orElse(List.of());
    }
    return new Evidence(List.copyOf(repos), List.copyOf(figures), field);
  }

  /**
   * The field a line is: the whole line read as one, else the first of several fields it holds
   * split by " | " or " · " ("언어: Python | ⭐ Stars: 89,891"); null for any other line.
   */
  private static FieldLine field(String text) {
    Optional<FieldLine> whole = FieldLine.parse(text);
    if (whole.isPresent()) {
      return whole.get();
    }
    if (text.indexOf('|') < 0 && text.indexOf('｜') < 0 && text.indexOf('·') < 0) {
      return null;
    }
    for (String segment : FieldLine.segments(text)) {
      Optional<FieldLine> part = FieldLine.parse(segment);
      if (part.isPresent()) {
        return part.get();
      }
    }
    return null;
  }

  /**
   * The field a table row is, when its first cell is a field label and the rest its value ("|
   * GitHub | [o/r](…) |", "| Stars | 2.7 萬 |": a table of one project's fields), or its first
   * cell is itself a field ("⭐ Stars: 67,259 | 🔱 Forks: …"); null for a row of a table of projects.
   */
  static FieldLine fieldRow(Block row) {
    if (row.kind() != BlockKind.TABLE_ROW || row.cells().size() < 2) {
      return null;
    }
    // "⭐ Stars: 67,259 | 🔱 Forks: 13,901 | …": a line of fields split by bars, each a field
    Optional<FieldLine> own = FieldLine.parse(row.cells().get(0).text());
    if (own.isPresent() && own.get().kind() != FieldLine.Kind.NAME) {
      return own.get();
    }
    if (row.cells().get(0).text().length() > MAX_FIELD_LABEL) {
      return null;
    }
    StringBuilder value = new StringBuilder();
    for (int i = 1; i < row.cells().size(); i++) {
      value.append(i > 1 ? " " : "").append(row.cells().get(i).text());
    }
    return FieldLine.parse(row.cells().get(0).text().strip() + "：" + value.toString().strip())
        .filter(f -> f.kind() != FieldLine.Kind.NAME).orElse(null);
  }

  /** Longest first cell read as a field label. */
  private static final int MAX_FIELD_LABEL = 20;

  /** Returns the evidence of every block. */
  public static List<Evidence> of(List<Block> blocks) {
    List<Evidence> all = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      all.add(of(b));
    }
    return List.copyOf(all);
  }

  /** The star totals the block states: its figures that are not gains. */
  public List<StarCount.Found> totals() {
    return gains() == 0 ? figures : figures.stream().filter(f -> !f.gain()).toList();
  }

  /** True when the block links a repository or states a star total. */
  public boolean isEmpty() {
    return repos.isEmpty() && gains() == figures.size();
  }

  private int gains() {
    int gains = 0;
    for (StarCount.Found f : figures) {
      gains += f.gain() ? 1 : 0;
    }
    return gains;
  }

  /**
   * The repository a link goes to, or, when it goes through a shortener (t.co, bit.ly) and shows
   * a GitHub URL as its text, the repository it shows. Links to a repository's issues, pull
   * requests or CI runs (a submission credit, a citation) name no project.
   */
  static Optional<GithubRepo> repoOf(Link link) {
    String url = LinkNormalizer.decode(link.href());
    if (LinkNormalizer.isRepoActivityDecoded(url)) {
      return Optional.empty();
    }
    Optional<GithubRepo> repo = LinkNormalizer.githubDecoded(url);
    String shown = link.text().strip();
    if (repo.isPresent() || shown.indexOf("github.com/") < 0 || shown.indexOf(' ') >= 0
        || shown.endsWith("…") || shown.endsWith("...") || LinkNormalizer.isRepoActivity(shown)) {
      // a display URL cut short ("github.com/o/open-we…") names no repository
      return repo;
    }
    return LinkNormalizer.isGithubUrl(shown) ? LinkNormalizer.github(shown) : repo;
  }

  /** True for link text that says only "the code is here" ("GitHub", "Source code", "这里"), naming no project. */
  static boolean isGeneric(String linkText) {
    return GENERIC_LINK_TEXT.contains(collapsed(linkText).toLowerCase(Locale.ROOT));
  }

  private static String collapsed(String s) {
    String t = s.strip();
    return Whitespace.isSpacedOnce(t) ? t : SPACES.matcher(t).replaceAll(" ");
  }

  private static String alternation(List<String> phrases) {
    StringBuilder sb = new StringBuilder();
    for (String p : phrases) {
      sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(p).replace(" ", "\\E ?\\Q"));
    }
    return sb.toString();
  }

  /** True for a block whose whole text is its one link's URL, or that is only a linked image. */
  static boolean isBareUrl(Block b) {
    if (b.links().size() != 1) {
      return false;
    }
    String t = b.text().strip();
    if (t.isEmpty()) {
      // an image linking the repository, "[![](cover.png)](https://github.com/o/r)"
      return true;
    }
    String href = b.links().get(0).href().strip();
    return !t.isEmpty() && (t.equals(href) || t.equals(b.links().get(0).text().strip()) && t.contains("github.com/"))
        && t.chars().noneMatch(Character::isWhitespace);
  }

  /** True when the text right before a link labels it as the project's repository. */
  private static boolean labelledBefore(String text, Link link) {
    int at = link.text().isEmpty() ? -1 : text.indexOf(link.text());
    if (at < 0) {
      return false;
    }
    String before = text.substring(Math.max(0, at - LABEL_REACH), at);
    String head = text.substring(0, at);
    return LINK_LABEL.find(before)
        || at <= LABEL_REACH && (head.indexOf(':') >= 0 || head.indexOf('：') >= 0) && LABEL_ONLY.matcher(head).matches();
  }
}
