package dev.atlas.extract;

import dev.atlas.article.Block;
import dev.atlas.article.BlockKind;
import dev.atlas.article.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  private static final Pattern GENERIC_LINK_TEXT =
      Pattern.compile("^(view (it )?on github|on github|github|github repo(sitory)?|github link|source( code)?|code|repo(sitory)?|项目地址|源码|代码|github ?地址"
          + "|github ?(存储库|仓库|项目|链接)|存储库|仓库|這裡|这里|here|link|链接|地址)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK_LABEL =
      Pattern.compile("(项目地址|代码地址|开源地址|源码地址|github ?地址|github|code|repo|repository|source code|源码|代码|仓库)\\s*[：:]\\s*$"
          + "|(地址在?|项目主页|主页|源码在|代码在|开源在)\\s*[：:]?\\s*$",
          Pattern.CASE_INSENSITIVE);
  /** A line that is a label and then the link: "Enlace: [owner/repo](…)", "Repo Link: …". */
  private static final Pattern LABEL_ONLY = Pattern.compile("^[^:：。.!?！？]{1,24}[:：]\\s*$");
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
    FieldLine field = b.kind() == BlockKind.TABLE_ROW ? null : FieldLine.parse(b.text()).orElse(null);
    boolean linkField = field != null && field.kind() == FieldLine.Kind.LINK;
    boolean bare = isBareUrl(b);
    List<Ref> repos = new ArrayList<>();
    for (Link link : b.links()) {
      Optional<GithubRepo> repo = repoOf(link);
      if (repo.isPresent()) {
        boolean labelled = linkField || GENERIC_LINK_TEXT.matcher(link.text().strip()).matches() || labelledBefore(b.text(), link);
        repos.add(new Ref(repo.get(), link.text(), labelled, bare));
      }
    }
    if (repos.isEmpty() && linkField) {
      // "Github地址：github.com/o/r.git" written out without a link
      LinkNormalizer.github(field.value().strip().split("\\s+")[0])
          .ifPresent(r -> repos.add(new Ref(r, field.value(), true, false)));
    }
    List<StarCount.Found> figures = b.kind() == BlockKind.TABLE_ROW ? List.of() : StarCount.findInProse(b.text());
    if (figures.isEmpty() && field != null && field.kind() == FieldLine.Kind.STARS) {
      // "Star：68", "⭐ 12.4k": the label says what the bare number is
      figures = StarCount.parse(field.value()).map(s -> List.of(new StarCount.Found(s, 0, b.text().length(),
          false, field.value().matches("\\s*\\d+\\.\\d+\\s*")))).orElse(List.of());
    }
    return new Evidence(List.copyOf(repos), List.copyOf(figures), field);
  }

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
    return figures.stream().filter(f -> !f.gain()).toList();
  }

  /** True when the block links a repository or states a star total. */
  public boolean isEmpty() {
    return repos.isEmpty() && totals().isEmpty();
  }

  /**
   * The repository a link goes to, or, when it goes through a shortener (t.co, bit.ly) and shows
   * a GitHub URL as its text, the repository it shows. Links to a repository's issues, pull
   * requests or CI runs (a submission credit, a citation) name no project.
   */
  static Optional<GithubRepo> repoOf(Link link) {
    String href = link.href();
    if (LinkNormalizer.isRepoActivity(href)) {
      return Optional.empty();
    }
    Optional<GithubRepo> repo = LinkNormalizer.github(href);
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
    return GENERIC_LINK_TEXT.matcher(linkText.strip()).matches();
  }

  /** True for a block whose whole text is its one link's URL. */
  static boolean isBareUrl(Block b) {
    if (b.links().size() != 1) {
      return false;
    }
    String t = b.text().strip();
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
    return LINK_LABEL.matcher(before).find() || at <= LABEL_REACH && LABEL_ONLY.matcher(text.substring(0, at)).matches();
  }
}
