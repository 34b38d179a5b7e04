package dev.atlas.extract;

import dev.atlas.Phrases;
import dev.atlas.article.Article;
import dev.atlas.article.Block;
import dev.atlas.article.BlockKind;
import dev.atlas.article.Deadline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the featured-project entries of an article by following its structure: headings and
 * bold lines open entries, section headings set domains or start zones that yield nothing, rank
 * headings set ranks, field lines and prose fill fields; list items and table rows are entries
 * when they stand outside any heading entry and carry a link or a star figure.
 */
public final class EntryFinder {
  private static final Pattern RANK_ONLY =
      Pattern.compile("^(?:rank|no\\.?|number|top|#|第)\\s*#?\\s*(\\d{1,3})\\s*(?:名|位)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern RANK_AND_NAME =
      Pattern.compile("^(?:rank|no\\.?|#|第)\\s*(\\d{1,3})\\s*(?:名|位)?\\s*(?:[:：.\\-–—)）]\\s*|\\s+)(.+)$", Pattern.CASE_INSENSITIVE);
  private static final int MIN_LIST_SIBLINGS = 2;
  private static final Pattern MARKER_ONLY = Pattern.compile("^[#№]?\\s*0*\\d{1,3}\\s*[.、)）．]?$");
  private static final Pattern REPO_PATH = Pattern.compile("^([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100})$");
  private static final Phrases RANKED = Phrases.of("\\branked\\b", "\\branking\\b", "排行榜", "排名");
  private static final Phrases NOT_RANKED =
      Phrases.of("no particular order", "not ranked", "isn't ranked", "is not a ranking", "not a ranking", "unranked",
          "排名不分先后", "不分先后", "不分排名", "顺序不代表");
  /** A note number cited in running text: "LLaMA-Factory [2] 支持…". */
  private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})\\]");
  private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s+[|｜·]\\s+|\\s*｜\\s*");
  /** Cells of a delimited row written as plain text ("TOP 1 | Name | github.com/… | 126k★"). */
  private static final Pattern ROW_SEPARATOR = Pattern.compile("\\s+[|｜]\\s+|\\s*｜\\s*");
  private static final Pattern ROW_RANK = Pattern.compile("^(?:top|no\\.?|#|第)\\s*(\\d{1,3})\\s*名?$", Pattern.CASE_INSENSITIVE);
  private static final int MIN_ROW_CELLS = 3;
  /** How far into an article a heading repeating its title is still the title. */
  private static final int TITLE_REACH = 8;
  /** Rule characters that frame a section line in plain text. */
  private static final String FRAME = "━═─—-=*~#";
  /** The heading level a framed section line stands for. */
  private static final int FRAMED_LEVEL = 2;
  /** How many blocks after a numbered name line its link or stars may come. */
  private static final int NAME_LINE_REACH = 5;
  /** Longest plain line read as a section label. */
  private static final int MAX_LABEL_LINE = 40;
  private static final Pattern STAR_TAG = Pattern.compile("⭐|★|stars?\\b|标星|星", Pattern.CASE_INSENSITIVE);
  private static final Pattern GENERIC_LINK_TEXT =
      Pattern.compile("^(view (it )?on github|on github|github|github repo(sitory)?|github link|source( code)?|code|repo(sitory)?|项目地址|源码|代码|github ?地址"
          + "|github ?(存储库|仓库|项目|链接)|存储库|仓库|這裡|这里|here)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK_LABEL =
      Pattern.compile("(项目地址|代码地址|开源地址|源码地址|github ?地址|github|code|repo|repository|source code|源码|代码|仓库)\\s*[：:]\\s*$|(地址在?|项目主页|主页|源码在|代码在|开源在)\\s*[：:]?\\s*$",
          Pattern.CASE_INSENSITIVE);

  private EntryFinder() {}

  /** How a heading-like block reads. */
  enum HeadingKind {
    ENTRY, DOMAIN, RANK, MARKER, SKIP, AD, IGNORE, CONTAINER, LABEL, NON_ENTRY
  }

  /** Returns the entries of {@code article}, numbered 1.. in reading order. */
  public static List<Entry> find(Article article) {
    return new Walk(article).run();
  }

  /** Classifies a heading-like block. */
  static HeadingKind classify(Block b) {
    String label = NameRules.clean(b.text());
    if (label.isEmpty()) {
      return HeadingKind.NON_ENTRY;
    }
    if (RANK_ONLY.matcher(label).matches() || RANK_ONLY.matcher(b.text().strip()).matches()) {
      return HeadingKind.RANK;
    }
    if (MARKER_ONLY.matcher(b.text().strip()).matches()) {
      return HeadingKind.MARKER;
    }
    if (headingRepo(b).isPresent()) {
      return HeadingKind.ENTRY;
    }
    SectionRules.Kind section = SectionRules.kind(label);
    if (section == SectionRules.Kind.SKIP) {
      return HeadingKind.SKIP;
    }
    if (section == SectionRules.Kind.AD) {
      return HeadingKind.AD;
    }
    if (!b.links().isEmpty() && b.links().stream().allMatch(l -> LinkNormalizer.isNonProjectHost(l.href()))) {
      return HeadingKind.NON_ENTRY;
    }
    if (!sectionDomains(label).isEmpty()) {
      return HeadingKind.DOMAIN;
    }
    if (section == SectionRules.Kind.IGNORE) {
      return HeadingKind.IGNORE;
    }
    if (section == SectionRules.Kind.CONTAINER) {
      return HeadingKind.CONTAINER;
    }
    String raw = b.text().strip();
    if (raw.endsWith(":") || raw.endsWith("：")) {
      return HeadingKind.LABEL;
    }
    if (label.length() > 100 || "。！？!?.".indexOf(raw.charAt(raw.length() - 1)) >= 0) {
      return HeadingKind.LABEL;
    }
    return HeadingKind.ENTRY;
  }

  /** Domains a section label states, its parenthetical note aside ("Unsupervised learning (clustering)"). */
  static Set<String> sectionDomains(String label) {
    Set<String> tags = DomainMapper.fromLabel(label);
    return tags.isEmpty() ? DomainMapper.fromLabel(NameRules.splitTag(label).name()) : tags;
  }

  /** A heading that is itself a repository path ("lmcinnes/umap"); acronyms like "CV/NLP" are not. */
  static Optional<GithubRepo> repoPath(String label) {
    Matcher m = REPO_PATH.matcher(label.strip());
    if (!m.matches() || (m.group(1).equals(m.group(1).toUpperCase(java.util.Locale.ROOT)) && m.group(1).length() <= 5)) {
      return Optional.empty();
    }
    return LinkNormalizer.github("https://github.com/" + m.group(1) + "/" + m.group(2));
  }

  /**
   * The repository a heading names: a GitHub link in it, the heading being a repository path, or
   * a path in its trailing parentheses ("Ultralytics YOLO（ultralytics/ultralytics）").
   */
  static Optional<GithubRepo> headingRepo(Block b) {
    Optional<GithubRepo> linked = githubRepo(b);
    if (linked.isPresent()) {
      return linked;
    }
    String label = NameRules.clean(b.text());
    return repoPath(label).or(() -> repoPath(NameRules.splitTag(label).tag()));
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

  static Optional<GithubRepo> githubRepo(Block b) {
    for (var link : b.links()) {
      Optional<GithubRepo> repo = linkRepo(link);
      if (repo.isPresent()) {
        return repo;
      }
    }
    return Optional.empty();
  }

  /**
   * The repository a link goes to, or, when it goes through a shortener (t.co, bit.ly) and shows
   * a GitHub URL as its text, the repository it shows.
   */
  static Optional<GithubRepo> linkRepo(dev.atlas.article.Link link) {
    Optional<GithubRepo> repo = LinkNormalizer.github(link.href());
    String shown = link.text().strip();
    if (repo.isPresent() || shown.indexOf("github.com/") < 0 || shown.indexOf(' ') >= 0
        || shown.endsWith("…") || shown.endsWith("...")) {
      // a display URL cut short ("github.com/o/open-we…") names no repository
      return repo;
    }
    return LinkNormalizer.isGithubUrl(shown) ? LinkNormalizer.github(shown) : repo;
  }

  /** One pass over an article's blocks. */
  private static final class Walk {
    private final Article article;
    private final List<Block> blocks;
    private final List<Draft> drafts = new ArrayList<>();
    private final Deque<int[]> domainLevels = new ArrayDeque<>();
    private final Deque<Set<String>> domainTags = new ArrayDeque<>();
    private Draft current;
    private int skipLevel = -1;
    private int pendingRank;
    private Block openDomainSection;
    private TableColumns table;
    private int index;
    private int listRun;
    private int adLevel = -1;
    private boolean afterMarker;
    /** A framed section line came last, so a field line may open an entry of fields alone. */
    private boolean afterFramed;
    /** A plain line naming a section to skip ("参考链接", "Further reading") came before this list. */
    private boolean skipListAfterLabel;
    /** How many plain-text rows the article has of each cell count; counted when first needed. */
    private Map<Integer, Integer> rowsByCells;
    private final boolean ranked;
    private BlockKind lastKind;

    /** The article's title, cleaned as headings are. */
    private final String title;
    /** Numbered link notes ("[2] https://github.com/…" in a 代码地址 list), by number. */
    private final Map<Integer, GithubRepo> footnotes;

    Walk(Article article) {
      this.article = article;
      this.blocks = article.blocks();
      this.ranked = declaresRanking(blocks);
      this.footnotes = linkNotes(blocks);
      this.title = NameRules.clean(article.title());
    }

    /**
     * The numbered items that are a GitHub URL and nothing else, by number; the first note of a
     * number wins (a reference list below may number its papers again).
     */
    private static Map<Integer, GithubRepo> linkNotes(List<Block> blocks) {
      Map<Integer, GithubRepo> notes = new HashMap<>();
      for (Block b : blocks) {
        if (b.kind() == BlockKind.LIST_ITEM && b.ordinal() > 0 && isBareUrl(b)) {
          LinkNormalizer.github(b.links().get(0).href()).ifPresent(r -> notes.putIfAbsent(b.ordinal(), r));
        }
      }
      return notes;
    }

    /**
     * The repository an entry cites by note number ("LLaMA-Factory [2] 支持…"): a cited note whose
     * repository has the entry's name, or that the name stands right before; null otherwise.
     */
    private GithubRepo citedRepo(Draft d) {
      if (footnotes.isEmpty() || d.name.isEmpty()) {
        return null;
      }
      String text = d.description.toString();
      String own = Names.normalize(d.name);
      Matcher m = CITATION.matcher(text);
      while (m.find()) {
        GithubRepo r = footnotes.get(Integer.parseInt(m.group(1)));
        if (r == null) {
          continue;
        }
        String before = text.substring(Math.max(0, m.start() - d.name.length() - 1), m.start()).strip();
        if (own.equals(Names.normalize(r.name())) || Names.normalize(before).endsWith(own)) {
          return r;
        }
      }
      return null;
    }

    /** True when the article's opening says it is a ranking, and does not say it is not. */
    private static boolean declaresRanking(List<Block> blocks) {
      StringBuilder head = new StringBuilder();
      for (int i = 0; i < Math.min(blocks.size(), 15); i++) {
        head.append(blocks.get(i).text()).append('\n');
      }
      return RANKED.in(head) && !NOT_RANKED.in(head);
    }

    List<Entry> run() {
      int start = 0;
      if (!blocks.isEmpty() && blocks.get(0).kind() == BlockKind.HEADING) {
        start = 1;
      }
      for (int i = start; i < blocks.size(); i++) {
        Deadline.check();
        index = i;
        Block b = blocks.get(i);
        if (b.kind() == BlockKind.LIST_ITEM && lastKind != BlockKind.LIST_ITEM) {
          listRun++;
        }
        lastKind = b.kind();
        if (i < TITLE_REACH && b.kind() == BlockKind.HEADING && b.level() == 1 && isTitle(b)) {
          // the title again, after front matter or a site header
          continue;
        }
        if (b.isHeadingLike()) {
          heading(b);
        } else {
          body(b);
        }
      }
      close();
      return finish();
    }

    private boolean isTitle(Block b) {
      return !title.isEmpty() && NameRules.clean(b.text()).equals(title);
    }

    private void heading(Block b) {
      HeadingKind kind = classify(b);
      int level = b.level();
      afterMarker = false;
      afterFramed = false;
      skipListAfterLabel = false;
      if (adLevel >= 0) {
        if (level <= adLevel) {
          adLevel = -1;
        } else {
          return;
        }
      }
      boolean section = kind != HeadingKind.ENTRY && kind != HeadingKind.NON_ENTRY && kind != HeadingKind.LABEL
          && kind != HeadingKind.MARKER;
      if (skipLevel >= 0) {
        if (level < skipLevel || (level == skipLevel && section && kind != HeadingKind.SKIP)) {
          skipLevel = -1;
        } else {
          return;
        }
      }
      table = null;
      if (current != null && level > current.level && kind == HeadingKind.ENTRY && current.isBare()
          && opensNumberedOrLinkedEntry(b)) {
        // "## Section" then "### 1. Name": the bare heading above was a section, not an entry
        current = null;
      }
      if (current != null && level > current.level && headingRepo(b).isEmpty()
          && kind != HeadingKind.RANK && kind != HeadingKind.DOMAIN) {
        if (kind == HeadingKind.SKIP) {
          close();
          skipLevel = level;
        } else {
          current.addSubheading(b);
        }
        return;
      }
      switch (kind) {
        case SKIP -> {
          close();
          popDomains(level);
          skipLevel = level;
        }
        case AD -> {
          close();
          adLevel = level;
        }
        case MARKER -> {
          close();
          afterMarker = true;
        }
        case IGNORE, CONTAINER -> {
          close();
          popDomains(level);
        }
        case DOMAIN -> {
          close();
          popDomains(level);
          domainLevels.push(new int[] {level});
          domainTags.push(sectionDomains(NameRules.clean(b.text())));
          openDomainSection = b;
        }
        case RANK -> {
          close();
          Matcher m = RANK_ONLY.matcher(NameRules.clean(b.text()));
          if (!m.matches()) {
            m = RANK_ONLY.matcher(b.text().strip());
          }
          pendingRank = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        }
        case LABEL -> {
          if (current != null) {
            current.addSubheading(b);
          }
        }
        case NON_ENTRY -> close();
        case ENTRY -> {
          close();
          if (b.kind() == BlockKind.HEADING) {
            popDomains(level);
          }
          current = Draft.fromHeading(b, domains(), pendingRank, ranked);
          pendingRank = 0;
        }
      }
    }

    private void body(Block b) {
      String framed = framedLabel(b);
      if (framed != null && (skipLevel < 0 || skipLevel >= FRAMED_LEVEL) && (adLevel < 0 || adLevel >= FRAMED_LEVEL)) {
        framedSection(framed);
        return;
      }
      if (skipLevel >= 0 || adLevel >= 0 || b.kind() == BlockKind.CODE) {
        return;
      }
      if (current == null && afterFramed && FieldLine.parse(b.text()).isPresent()) {
        // "—— 第 7 名 ——" then "项目名称：…" / "链接：…" lines: the fields are the entry
        current = Draft.fromFields(b, domains(), pendingRank);
        pendingRank = 0;
        afterFramed = false;
        current.addBody(b);
        return;
      }
      if (skipListAfterLabel && b.kind() == BlockKind.LIST_ITEM) {
        return;
      }
      skipListAfterLabel = false;
      if (isSkipLabel(b)) {
        close();
        skipListAfterLabel = true;
        return;
      }
      if (afterMarker) {
        afterMarker = false;
        if (b.kind() == BlockKind.PARAGRAPH && NameRules.clean(b.text()).length() <= 60 && FieldLine.parse(b.text()).isEmpty()) {
          current = Draft.fromImplicit(b, domains(), pendingRank);
          pendingRank = 0;
          return;
        }
      }
      if (b.kind() == BlockKind.TABLE_ROW && b.level() == 1) {
        table = TableColumns.of(b);
        return;
      }
      if (current != null && current.itemLevel >= 0 && b.kind() == BlockKind.LIST_ITEM && b.level() <= current.itemLevel) {
        close();
      }
      if (itemHeading()) {
        close();
        current = Draft.fromItemHeading(b, domains(), pendingRank);
        pendingRank = 0;
        return;
      }
      String lead = boldLeadEntry();
      Draft captioned = lead.isEmpty() ? captionEntry() : null;
      boolean implicit = !lead.isEmpty() || captioned != null || implicitHeading();
      if (current != null && !current.fromItem) {
        if (implicit && current.hasPrimaryFields()) {
          close();
        } else {
          if (b.kind() == BlockKind.LIST_ITEM) {
            Draft.fromListItem(b, union(current.explicit, domains()), listRun, ranked).ifPresent(current.items::add);
          } else if (delimitedRow()) {
            Draft.fromDelimitedRow(b, union(current.explicit, domains())).ifPresent(current.items::add);
          } else if (b.kind() == BlockKind.TABLE_ROW && table != null) {
            Draft.fromTableRow(b, table, union(current.explicit, domains())).ifPresent(current.items::add);
          }
          current.addBody(b);
          return;
        }
      }
      if (current != null) {
        boolean nextItem = b.kind() == BlockKind.LIST_ITEM && b.level() == 0 || b.kind() == BlockKind.TABLE_ROW
            || delimitedRow();
        if (nextItem || implicit) {
          close();
        } else {
          current.addBody(b);
          return;
        }
      }
      if (openDomainSection != null && FieldLine.parse(b.text()).isPresent()) {
        current = Draft.unnamed(openDomainSection, domains(), pendingRank);
        pendingRank = 0;
        openDomainSection = null;
        current.addBody(b);
        return;
      }
      openDomainSection = null;
      if (implicit) {
        current = captioned != null ? captioned : lead.isEmpty() ? Draft.fromImplicit(b, domains(), pendingRank)
            : Draft.fromBoldLead(b, lead, domains(), pendingRank);
        pendingRank = 0;
        return;
      }
      Optional<Draft> item = switch (b.kind()) {
        case LIST_ITEM -> Draft.fromListItem(b, domains(), listRun, ranked);
        case TABLE_ROW -> table == null ? Optional.empty() : Draft.fromTableRow(b, table, domains());
        case PARAGRAPH -> delimitedRow() ? Draft.fromDelimitedRow(b, domains()) : Optional.empty();
        default -> Optional.empty();
      };
      item.ifPresent(d -> current = d);
    }

    /**
     * An entry opened by the figure caption at the current index ("图 1：MinerU 项目主页") when the
     * next paragraph is about the project it names; null otherwise.
     */
    private Draft captionEntry() {
      Block b = blocks.get(index);
      if (b.kind() != BlockKind.PARAGRAPH || index + 1 >= blocks.size()
          || blocks.get(index + 1).kind() != BlockKind.PARAGRAPH) {
        return null;
      }
      FigureCaption caption = FigureCaption.parse(b.text());
      String name = caption == null ? "" : caption.nameIn(blocks.get(index + 1).text());
      return name.isEmpty() ? null : Draft.fromCaption(b, name, caption.heading(), domains(), pendingRank);
    }

    /**
     * True when the block at the current index is a list item that only names a project and whose
     * nested items begin with its link or stars ("- **YOLO**" over "  - 저장소: …", "  - Stars: …"):
     * a heading written as a bullet, as model-zoo READMEs do.
     */
    private boolean itemHeading() {
      Block b = blocks.get(index);
      if (b.kind() != BlockKind.LIST_ITEM || index + 1 >= blocks.size()) {
        return false;
      }
      Block next = blocks.get(index + 1);
      if (next.kind() != BlockKind.LIST_ITEM || next.level() <= b.level() || !isPrimaryField(next)) {
        return false;
      }
      String text = NameRules.clean(b.text());
      return !text.isEmpty() && text.length() <= 60 && FieldLine.parse(b.text()).isEmpty()
          && NameRules.looksLikeProjectName(text) && !text.contains("://");
    }

    /** True for a heading that names a repository or opens with a number ("1. Name", "2）Name"). */
    private static boolean opensNumberedOrLinkedEntry(Block b) {
      return headingRepo(b).isPresent() || NameRules.opensWithNumber(b.text());
    }

    /**
     * True when the block at the current index is a short name line followed by a link or star
     * field line: a heading in all but markup (plain-text newsletters, ">> Name").
     */
    private boolean implicitHeading() {
      Block b = blocks.get(index);
      boolean loneItem = b.kind() == BlockKind.LIST_ITEM && b.ordinal() > 0 && b.level() == 0;
      if ((b.kind() != BlockKind.PARAGRAPH && !loneItem) || index + 1 >= blocks.size()) {
        return false;
      }
      String text = NameRules.clean(b.text());
      if (text.isEmpty() || text.length() > 60 || FieldLine.parse(b.text()).isPresent()
          || !NameRules.looksLikeProjectName(text) || text.contains("://") || text.contains("：")) {
        return false;
      }
      if (loneItem && (!b.links().isEmpty() || !StarCount.findInProse(b.text()).isEmpty())) {
        // an item with its own link or stars is a whole entry, not a name line
        return false;
      }
      if (isPrimaryField(blocks.get(index + 1))) {
        return true;
      }
      if (!loneItem && !NameRules.opensWithNumber(b.text())) {
        return false;
      }
      // "1. Name" (a numbered line or a one-line list item), some description, then the fields,
      // or a star figure in the description, before the next numbered line
      return linkOrStarsAhead(
          next -> next.kind() == BlockKind.LIST_ITEM && next.ordinal() > 0 || NameRules.opensWithNumber(next.text()), true);
    }

    /**
     * True when, within {@link #NAME_LINE_REACH} blocks after the current one and before a
     * heading or a block {@code stop} accepts, there is a link or star field line, a bare GitHub
     * URL, or (with {@code proseStars}) a paragraph stating stars.
     */
    private boolean linkOrStarsAhead(java.util.function.Predicate<Block> stop, boolean proseStars) {
      for (int j = index + 1; j < Math.min(blocks.size(), index + 1 + NAME_LINE_REACH); j++) {
        Block next = blocks.get(j);
        if (next.isHeadingLike() || stop.test(next)) {
          return false;
        }
        if (isPrimaryField(next) || isBareUrl(next) && githubRepo(next).isPresent()
            || proseStars && next.kind() == BlockKind.PARAGRAPH && !StarCount.findInProse(next.text()).isEmpty()) {
          return true;
        }
      }
      return false;
    }

    /** True for a paragraph or list item that is a link or stars field line. */
    private static boolean isPrimaryField(Block b) {
      if (b.kind() != BlockKind.PARAGRAPH && b.kind() != BlockKind.LIST_ITEM) {
        return false;
      }
      Optional<FieldLine> field = FieldLine.parse(b.text());
      return field.isPresent()
          && (field.get().kind() == FieldLine.Kind.LINK || field.get().kind() == FieldLine.Kind.STARS);
    }

    /**
     * The name when the block at the current index is a paragraph that opens with a bold name and
     * goes on with a description ("**PEFT** — …"), and the entry's link or stars follow on the
     * next line or stand in the paragraph itself; "" otherwise.
     */
    private String boldLeadEntry() {
      Block b = blocks.get(index);
      if (b.kind() != BlockKind.PARAGRAPH) {
        return "";
      }
      String lead = NameRules.boldLead(b.source());
      if (lead.isEmpty() || FieldLine.parse(b.text()).isPresent()) {
        // "**Stars:** 1.1k" is a field line with a bold label, not a name
        return "";
      }
      if (githubRepo(b).isPresent() || !StarCount.findInProse(b.text()).isEmpty()) {
        return lead;
      }
      // the link and star lines may follow a description: "🔥 **Name**：…", a paragraph, "👉 URL", "⭐ 2.5w"
      return linkOrStarsAhead(next -> !NameRules.boldLead(next.source()).isEmpty(), false) ? lead : "";
    }

    /**
     * A framed line is a section heading: a rank ("—— 第 7 名 ——"), a domain ("━━ 大模型 / NLP ━━"),
     * a section to skip or an ad ("—— 推广 ——"), or a plain section that ends the one before.
     */
    private void framedSection(String label) {
      close();
      skipLevel = -1;
      adLevel = -1;
      afterFramed = true;
      Matcher rank = RANK_ONLY.matcher(label);
      if (rank.matches()) {
        pendingRank = Integer.parseInt(rank.group(1));
        return;
      }
      Set<String> tags = label.isEmpty() ? Set.of() : sectionDomains(label);
      SectionRules.Kind kind = tags.isEmpty() ? SectionRules.kind(label) : SectionRules.Kind.NONE;
      if (kind == SectionRules.Kind.SKIP) {
        skipLevel = FRAMED_LEVEL;
        return;
      }
      if (kind == SectionRules.Kind.AD) {
        adLevel = FRAMED_LEVEL;
        return;
      }
      popDomains(FRAMED_LEVEL);
      if (!tags.isEmpty()) {
        domainLevels.push(new int[] {FRAMED_LEVEL});
        domainTags.push(tags);
      }
    }

    /**
     * The label of a line framed by rule characters, "━━━ 🧠 大模型 / NLP ━━━": a section heading
     * in text without heading markup; "" for any other block (a bare rule gives "" too).
     */
    private static String framedLabel(Block b) {
      String t = b.text().strip();
      if (b.kind() != BlockKind.PARAGRAPH || t.length() > MAX_LABEL_LINE + 40 || t.length() < 4
          || FRAME.indexOf(t.charAt(0)) < 0 || FRAME.indexOf(t.charAt(t.length() - 1)) < 0
          || FRAME.indexOf(t.charAt(1)) < 0) {
        return null;
      }
      int start = 0;
      int end = t.length();
      while (start < end && FRAME.indexOf(t.charAt(start)) >= 0) {
        start++;
      }
      while (end > start && FRAME.indexOf(t.charAt(end - 1)) >= 0) {
        end--;
      }
      return NameRules.clean(t.substring(start, end));
    }

    /**
     * True when {@code b} is a short plain line that is itself a section label to skip: in text
     * without heading markup, "参考链接" or "Further reading" stands on its own line before its list.
     */
    private static boolean isSkipLabel(Block b) {
      if (b.kind() != BlockKind.PARAGRAPH || b.text().length() > MAX_LABEL_LINE) {
        return false;
      }
      String label = NameRules.clean(b.text());
      return !label.isEmpty() && SectionRules.kind(label) == SectionRules.Kind.SKIP;
    }

    /**
     * True when the block at the current index is a plain-text row of at least three cells split
     * by " | ", and the article has another such row of as many cells: a table written without
     * table markup, perhaps broken by page markers.
     */
    private boolean delimitedRow() {
      int cells = rowCells(blocks.get(index));
      if (cells < MIN_ROW_CELLS) {
        return false;
      }
      if (rowsByCells == null) {
        rowsByCells = new HashMap<>();
        for (Block other : blocks) {
          rowsByCells.merge(rowCells(other), 1, Integer::sum);
        }
      }
      return rowsByCells.getOrDefault(cells, 0) >= MIN_LIST_SIBLINGS;
    }

    private static int rowCells(Block b) {
      String t = b.text();
      boolean piped = t.indexOf('|') >= 0 || t.indexOf('｜') >= 0;
      return b.kind() == BlockKind.PARAGRAPH && piped ? ROW_SEPARATOR.split(t.strip()).length : 0;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
      Set<String> all = new TreeSet<>(a);
      all.addAll(b);
      return all;
    }

    private Set<String> domains() {
      Set<String> tags = new TreeSet<>();
      domainTags.forEach(tags::addAll);
      return tags;
    }

    private void popDomains(int level) {
      while (!domainLevels.isEmpty() && domainLevels.peek()[0] >= level) {
        domainLevels.pop();
        domainTags.pop();
      }
      openDomainSection = null;
    }

    private void close() {
      if (current != null && current.repo == null && !current.fromItem) {
        current.repo = citedRepo(current);
      }
      if (current != null) {
        long strongItems = current.items.stream().filter(Draft::hasPrimaryFields).count();
        boolean section = current.repo == null && current.stars == null && current.fields == 0
            && (strongItems >= MIN_LIST_SIBLINGS || strongItems >= 1 && current.paragraphs == 0);
        if (!current.fromItem && section) {
          drafts.addAll(current.items);
        } else {
          drafts.add(current);
        }
        current = null;
      }
    }

    private List<Entry> finish() {
      Map<String, Integer> siblings = new HashMap<>();
      Map<String, Integer> strong = new HashMap<>();
      for (Draft d : drafts) {
        siblings.merge(d.shape, 1, Integer::sum);
        if (d.repo != null || d.stars != null) {
          strong.merge(d.shape, 1, Integer::sum);
        }
      }
      List<Entry> entries = new ArrayList<>();
      for (Draft d : drafts) {
        int all = siblings.getOrDefault(d.shape, 0);
        int strongCount = strong.getOrDefault(d.shape, 0);
        if (d.accept(all, strongCount, all - strongCount)) {
          entries.add(d.toEntry(entries.size() + 1));
        }
      }
      return entries;
    }
  }

  /** A star column header that counts a period's gain: "★ this week", "今日新增", "+stars". */
  private static final Pattern PERIOD_GAIN =
      Pattern.compile("this (week|month)|today|gain|growth|new|added|weekly|daily|monthly|本周|本月|今日|新增|增长|增加|\\+");

  /** Column roles of a table, from its header row. */
  record TableColumns(int name, int link, int stars, int domain, int framework, int rank, int author) {
    static TableColumns of(Block header) {
      int name = -1, link = -1, stars = -1, domain = -1, framework = -1, rank = -1, author = -1;
      int starsWeight = -1;
      List<Block.Cell> cells = header.cells();
      for (int i = 0; i < cells.size(); i++) {
        String h = cells.get(i).text().toLowerCase(java.util.Locale.ROOT).strip();
        if (h.matches(".*(star|标星|星|收藏|⭐|★).*")) {
          // of several star columns a total counts before a plain one, a period's gain last
          int weight = h.matches(".*(total|all[- ]time|总|累计|合计).*") ? 2 : PERIOD_GAIN.matcher(h).find() ? 0 : 1;
          if (weight > starsWeight) {
            stars = i;
            starsWeight = weight;
          }
        } else if (h.matches(".*(github|link|链接|地址|url|repo|仓库).*") && link < 0) {
          link = i;
        } else if (h.matches(".*(category|domain|领域|类别|分类|方向|field|area|tags?|标签).*") && domain < 0) {
          domain = i;
        } else if (h.matches(".*(framework|框架).*") && framework < 0) {
          framework = i;
        } else if (h.matches("^(#|rank|排名|名次|no\\.?)$") && rank < 0) {
          rank = i;
        } else if (h.matches(".*(author|作者|机构|org).*") && author < 0) {
          author = i;
        } else if (h.matches(".*(name|project|项目|名称|模型|model|library|tool|工具|库).*") && name < 0) {
          name = i;
        }
      }
      if (name < 0 && link >= 0) {
        name = link;
      }
      return new TableColumns(name, link, stars, domain, framework, rank, author);
    }
  }

  /** An entry being read, before it is accepted. */
  private static final class Draft {
    String name = "";
    String heading = "";
    String shape;
    int level;
    int line;
    boolean fromItem;
    boolean weakItem;
    boolean named;
    boolean tagged;
    GithubRepo repo;
    boolean repoFromHeading;
    /** The repo came from a link in the entry's text, not its heading or a link line. */
    boolean repoFromBody;
    Stars stars;
    boolean starsFromField;
    final Set<String> explicit = new TreeSet<>();
    String framework = "";
    String author = "";
    int rank;
    final StringBuilder description = new StringBuilder();
    final List<Draft> items = new ArrayList<>();
    int fields;
    int paragraphs;
    /** For an entry opened by a list item, that item's nesting level; -1 otherwise. */
    int itemLevel = -1;

    static Draft fromHeading(Block b, Set<String> sectionDomains, int rank, boolean rankedArticle) {
      Draft d = new Draft();
      d.level = b.level();
      d.line = b.line();
      d.shape = b.kind() + ":" + b.level();
      d.rank = rank;
      d.explicit.addAll(sectionDomains);
      d.heading = NameRules.clean(b.source());
      String label = NameRules.clean(b.text());
      Matcher m = RANK_AND_NAME.matcher(label);
      if (m.matches() && d.rank == 0) {
        d.rank = Integer.parseInt(m.group(1));
        label = NameRules.clean(m.group(2));
      }
      Matcher number = NameRules.LEADING_NUMBER.matcher(b.text().replaceFirst("^[^\\p{L}\\p{N}]+", ""));
      if (rankedArticle && d.rank == 0 && number.find()) {
        d.rank = Integer.parseInt(number.group(1));
      }
      d.setLabel(label);
      Optional<GithubRepo> path = repoPath(label);
      Optional<GithubRepo> tagPath = repoPath(NameRules.splitTag(label).tag());
      githubRepo(b).or(() -> path).or(() -> tagPath).ifPresent(r -> {
        d.repo = r;
        d.repoFromHeading = true;
      });
      if (path.isPresent()) {
        d.name = path.get().name();
      }
      return d;
    }

    /** A draft for a paragraph that stands as a heading, named {@code label}. */
    private static Draft paragraphHeading(Block b, String shape, String label, Set<String> sectionDomains, int rank) {
      Draft d = new Draft();
      d.level = 50;
      d.line = b.line();
      d.shape = shape;
      d.rank = rank;
      d.explicit.addAll(sectionDomains);
      d.heading = label;
      d.setLabel(label);
      return d;
    }

    static Draft fromImplicit(Block b, Set<String> sectionDomains, int rank) {
      Draft d = paragraphHeading(b, "implicit", NameRules.clean(b.text()), sectionDomains, rank);
      githubRepo(b).ifPresent(r -> {
        d.repo = r;
        d.repoFromHeading = true;
      });
      return d;
    }

    /**
     * An entry from a delimited row, each cell's role read from what it holds: a rank marker
     * ("TOP 1", "#2", "第3名"), a GitHub link, a figure with a star word, a domain label; the
     * first other cell is the name, the rest description. Empty unless it has a name that reads
     * as one and a link or stars.
     */
    static Optional<Draft> fromDelimitedRow(Block b, Set<String> sectionDomains) {
      String[] cells = ROW_SEPARATOR.split(b.text().strip());
      Draft d = new Draft();
      d.level = 60;
      d.line = b.line();
      d.shape = "row:" + cells.length;
      d.fromItem = true;
      d.explicit.addAll(sectionDomains);
      String name = "";
      for (String raw : cells) {
        String c = raw.strip();
        if (c.isEmpty() || c.chars().allMatch(ch -> "—–-".indexOf(ch) >= 0)) {
          continue;
        }
        Matcher rank = ROW_RANK.matcher(c);
        Optional<Stars> stars = STAR_TAG.matcher(c).find() ? StarCount.parse(c) : Optional.empty();
        Set<String> tags = DomainMapper.fromLabel(c);
        if (rank.matches()) {
          d.rank = Integer.parseInt(rank.group(1));
        } else if (c.contains("github.com/")) {
          githubRepo(b).or(() -> LinkNormalizer.github(c.startsWith("http") ? c : "https://" + c))
              .ifPresent(r -> d.repo = r);
        } else if (stars.isPresent()) {
          d.stars = stars.get();
          d.starsFromField = true;
        } else if (!tags.isEmpty()) {
          d.explicit.addAll(tags);
        } else if (name.isEmpty()) {
          name = c;
        } else {
          d.description.append(c).append('\n');
        }
      }
      if (name.isEmpty() || (d.repo == null && d.stars == null) || !NameRules.looksLikeProjectName(name)) {
        return Optional.empty();
      }
      d.heading = name;
      d.setLabel(name);
      return Optional.of(d);
    }

    /** An entry that is a block of field lines ("项目名称：…", "链接：…", "Star：…"), named by its name field. */
    static Draft fromFields(Block b, Set<String> sectionDomains, int rank) {
      return paragraphHeading(b, "fields", "", sectionDomains, rank);
    }

    static Draft fromItemHeading(Block b, Set<String> sectionDomains, int rank) {
      Draft d = paragraphHeading(b, "item-heading:" + b.level(), NameRules.clean(b.text()), sectionDomains, rank);
      d.level = 80 + b.level();
      d.itemLevel = b.level();
      return d;
    }

    static Draft fromCaption(Block b, String name, String heading, Set<String> sectionDomains, int rank) {
      Draft d = paragraphHeading(b, "caption", heading, sectionDomains, rank);
      d.name = name;
      return d;
    }

    static Draft fromBoldLead(Block b, String lead, Set<String> sectionDomains, int rank) {
      Draft d = paragraphHeading(b, "bold-lead", lead, sectionDomains, rank);
      d.addBody(b);
      return d;
    }

    /** True for a heading draft with nothing under it yet: no text, no fields, no repo, no items. */
    boolean isBare() {
      return !fromItem && repo == null && stars == null && fields == 0 && description.length() == 0 && items.isEmpty();
    }

    boolean hasPrimaryFields() {
      return repo != null || stars != null;
    }

    static Draft unnamed(Block section, Set<String> sectionDomains, int rank) {
      Draft d = new Draft();
      d.level = section.level();
      d.line = section.line();
      d.shape = "unnamed:" + section.level();
      d.rank = rank;
      d.explicit.addAll(sectionDomains);
      d.heading = "";
      return d;
    }

    static Optional<Draft> fromListItem(Block b, Set<String> sectionDomains, int run, boolean rankedArticle) {
      if (isBareUrl(b)) {
        // a link and nothing else: a reference or a note, not a featured project
        return Optional.empty();
      }
      String source = NameRules.clean(b.source());
      String name;
      boolean marked = false;
      if (source.startsWith("[") && !b.links().isEmpty()) {
        name = b.links().get(0).text();
        marked = true;
      } else if (source.startsWith("**") && source.indexOf("**", 2) > 2) {
        marked = true;
        name = source.substring(2, source.indexOf("**", 2));
        name = stripInline(name);
      } else {
        String[] parts = b.text().split("\\s+[-–—]\\s+|[:：]\\s*", 2);
        name = parts.length == 2 && parts[0].length() <= 60 ? parts[0] : "";
        int paren = b.text().indexOf(" (");
        if (name.isEmpty() && paren > 0 && paren <= 60) {
          // "Name 0.9 (release notes, 26.3k stars)"
          name = b.text().substring(0, paren);
        }
      }
      name = NameRules.clean(name);
      Optional<GithubRepo> repo = githubRepo(b);
      boolean namedByPath = false;
      if (repo.isEmpty() && marked) {
        // "**owner/repo** — …" names its repository without linking it
        repo = repoPath(name);
        namedByPath = repo.isPresent();
      }
      List<StarCount.Found> stars = StarCount.findInProse(b.text());
      boolean weak = repo.isEmpty() && stars.isEmpty();
      if (name.isEmpty() || (weak && !(marked && NameRules.looksLikeProjectName(name)))) {
        return Optional.empty();
      }
      if (repo.isEmpty() && !b.links().isEmpty() && LinkNormalizer.isNonProjectHost(b.links().get(0).href())) {
        return Optional.empty();
      }
      Draft d = new Draft();
      d.fromItem = true;
      d.weakItem = weak;
      d.level = 99;
      d.line = b.line();
      d.shape = "item:" + run + ":" + b.level();
      if (rankedArticle && b.ordinal() > 0) {
        d.rank = b.ordinal();
      }
      d.explicit.addAll(sectionDomains);
      d.heading = name;
      d.setLabel(namedByPath ? repo.get().name() : name);
      d.named = true;
      repo.ifPresent(r -> d.repo = r);
      d.repoFromHeading = repo.isPresent();
      for (StarCount.Found f : stars) {
        if (ProseAttribution.belongsTo(b.text(), f, name, repo.orElse(null))) {
          d.stars = f.stars();
          d.starsFromField = true;
          break;
        }
      }
      d.description.append(b.text()).append('\n');
      return Optional.of(d);
    }

    static Optional<Draft> fromTableRow(Block b, TableColumns cols, Set<String> sectionDomains) {
      List<Block.Cell> cells = b.cells();
      if (cols.name() < 0 || cols.name() >= cells.size()) {
        return Optional.empty();
      }
      Block.Cell nameCell = cells.get(cols.name());
      String name = NameRules.clean(nameCell.text());
      if (!nameCell.links().isEmpty() && name.startsWith(nameCell.links().get(0).text()) && !nameCell.links().get(0).text().isBlank()) {
        // the link is the name; what follows it in the cell is a description
        name = NameRules.clean(nameCell.links().get(0).text());
      }
      GithubRepo repo = null;
      for (Block.Cell cell : cells) {
        for (var link : cell.links()) {
          if (repo == null) {
            repo = linkRepo(link).orElse(null);
          }
        }
        if (repo == null && cell == cellAt(cells, cols.link())) {
          // a URL written out, or a bare "owner/repo" in a repo column
          repo = LinkNormalizer.github(cell.text()).or(() -> repoPath(cell.text())).orElse(null);
        }
      }
      Stars stars = cols.stars() >= 0 && cols.stars() < cells.size()
          ? StarCount.parse(cells.get(cols.stars()).text()).orElse(null) : null;
      if (name.isEmpty() || (repo == null && stars == null)) {
        return Optional.empty();
      }
      Draft d = new Draft();
      d.fromItem = true;
      d.level = 99;
      d.line = b.line();
      d.shape = "row";
      d.explicit.addAll(sectionDomains);
      d.heading = name;
      boolean namesRepo = repo != null && name.replaceAll("\\s*/\\s*", "/").equalsIgnoreCase(repo.key());
      d.setLabel(namesRepo ? repo.name() : name);
      d.named = true;
      d.repo = repo;
      d.repoFromHeading = repo != null;
      d.stars = stars;
      d.starsFromField = stars != null;
      Block.Cell domain = cellAt(cells, cols.domain());
      if (domain != null) {
        for (String part : domain.text().split("[,，/／、;；]")) {
          d.explicit.addAll(DomainMapper.fromLabel(part));
        }
      }
      Block.Cell fw = cellAt(cells, cols.framework());
      if (fw != null) {
        d.framework = Frameworks.fromField(fw.text()).orElse("");
      }
      Block.Cell rank = cellAt(cells, cols.rank());
      if (rank != null && rank.text().strip().matches("#?\\d{1,3}")) {
        d.rank = Integer.parseInt(rank.text().strip().replace("#", ""));
      }
      Block.Cell author = cellAt(cells, cols.author());
      if (author != null) {
        d.author = author.text().strip();
      }
      d.description.append(b.text()).append('\n');
      return Optional.of(d);
    }

    private static Block.Cell cellAt(List<Block.Cell> cells, int i) {
      return i >= 0 && i < cells.size() ? cells.get(i) : null;
    }

    private static String stripInline(String s) {
      return s.replace("**", "").replace("__", "").replace("`", "").strip();
    }

    void setLabel(String label) {
      NameRules.Tagged tagged = NameRules.splitTag(label);
      String name = label;
      if (!tagged.tag().isEmpty()) {
        Set<String> tags = DomainMapper.fromLabel(tagged.tag());
        Optional<String> fw = Frameworks.canonical(tagged.tag());
        if (!tags.isEmpty()) {
          explicit.addAll(tags);
          this.tagged = true;
          name = tagged.name();
        } else if (repoPath(tagged.tag()).isPresent()) {
          name = tagged.name();
        } else if (Names.hasCjk(tagged.tag()) && tagged.tag().chars().noneMatch(c -> c < 128 && Character.isLetter(c))
            && !Names.hasCjk(tagged.name())) {
          // a Chinese alias after a Latin name: "Kolors（可图）"
          name = tagged.name();
        } else if (fw.isPresent()) {
          framework = fw.get();
          name = tagged.name();
        } else if (STAR_TAG.matcher(tagged.tag()).find()) {
          Optional<Stars> s = StarCount.parse(tagged.tag());
          if (s.isPresent()) {
            stars = s.get();
            starsFromField = true;
            name = tagged.name();
          }
        }
      }
      this.name = NameRules.shortName(name);
      this.named = !this.name.isEmpty();
    }

    void addSubheading(Block b) {
      description.append(b.text()).append('\n');
    }

    void addBody(Block b) {
      Optional<FieldLine> field = b.kind() == BlockKind.TABLE_ROW ? Optional.empty() : FieldLine.parse(b.text());
      if (field.isPresent()) {
        String[] segments = FIELD_SEPARATOR.split(b.text());
        if (segments.length > 1) {
          for (String segment : segments) {
            FieldLine.parse(segment).ifPresent(f -> applyField(f, b));
          }
        } else {
          applyField(field.get(), b);
        }
        return;
      }
      if (!named && description.length() == 0) {
        String lead = NameRules.leadingName(b.text());
        if (!lead.isEmpty()) {
          name = lead;
          named = true;
        }
      }
      description.append(b.text()).append('\n');
      if (b.kind() == BlockKind.PARAGRAPH) {
        paragraphs++;
      }
      if (repo == null) {
        bodyRepo(b).ifPresent(r -> {
          repo = r;
          repoFromBody = true;
        });
      }
      // a paragraph after a list item is the article's again ("Median of the list is ~3k stars")
      boolean ownText = !fromItem || b.kind() != BlockKind.PARAGRAPH;
      if (!starsFromField && ownText) {
        for (StarCount.Found f : StarCount.findInProse(b.text())) {
          if (ProseAttribution.belongsTo(b.text(), f, name, repo)) {
            if (stars == null) {
              stars = f.stars();
            }
            break;
          }
        }
      }
    }

    private Optional<GithubRepo> bodyRepo(Block b) {
      for (var link : b.links()) {
        Optional<GithubRepo> r = linkRepo(link);
        if (r.isEmpty()) {
          continue;
        }
        String n = Names.normalize(name);
        String rn = Names.normalize(r.get().name());
        boolean bare = link.text().equals(link.href()) || link.text().startsWith("github.com") || link.text().isEmpty();
        boolean sameName = n.length() >= 3 && (n.equals(rn) || bare && (n.contains(rn) || rn.contains(n)));
        if (sameName || labelledLink(b.text(), link)) {
          return r;
        }
      }
      return Optional.empty();
    }

    /** True when the text right before a link labels it as the project's repository. */
    private static boolean labelledLink(String text, dev.atlas.article.Link link) {
      if (GENERIC_LINK_TEXT.matcher(link.text().strip()).matches()) {
        return true;
      }
      int at = link.text().isEmpty() ? -1 : text.indexOf(link.text());
      if (at < 0) {
        return false;
      }
      String before = text.substring(Math.max(0, at - 24), at);
      return LINK_LABEL.matcher(before).find();
    }

    private void applyField(FieldLine f, Block b) {
      fields++;
      switch (f.kind()) {
        case LINK -> {
          if (repo == null || !repoFromHeading) {
            Optional<GithubRepo> r = githubRepo(b);
            if (r.isEmpty()) {
              r = LinkNormalizer.github(f.value());
            }
            if (r.isPresent() && (repo == null || repoFromBody)) {
              // the entry's own link line wins over a link its text mentions
              repo = r.get();
              repoFromBody = false;
            }
          }
        }
        case STARS -> StarCount.parse(f.value()).ifPresent(s -> {
          stars = s;
          starsFromField = true;
        });
        case FRAMEWORK -> Frameworks.fromField(f.value()).ifPresent(v -> framework = v);
        case AUTHOR -> author = f.value().length() <= 120 ? f.value() : f.value().substring(0, 120);
        case DOMAIN -> {
          for (String part : f.value().split("[,，/／、;；]")) {
            explicit.addAll(DomainMapper.fromLabel(part));
          }
        }
        case NAME -> {
          if (name.isEmpty() || heading.isEmpty()) {
            heading = f.value();
            setLabel(f.value());
          }
        }
        case RANK -> {
          Matcher m = Pattern.compile("\\d{1,3}").matcher(f.value());
          if (m.find()) {
            rank = Integer.parseInt(m.group());
          }
        }
      }
    }

    boolean accept(int siblingCount, int strongSiblings, int weakSiblings) {
      if (name.isEmpty() && repo == null) {
        return false;
      }
      if (!repoFromHeading && !name.isEmpty() && NameRules.isPhrase(name)) {
        return false;
      }
      if (repo != null || stars != null || fields > 0) {
        return true;
      }
      if (fromItem) {
        return weakItem && strongSiblings >= 1 && strongSiblings >= weakSiblings;
      }
      if (siblingCount < MIN_LIST_SIBLINGS || (description.length() == 0 && !tagged)) {
        return false;
      }
      return tagged || NameRules.looksLikeProjectName(name);
    }

    Entry toEntry(int position) {
      if (repo != null && !repo.path().isEmpty() && Names.normalize(name).equals(Names.normalize(repo.name()))) {
        // a deep link into the entry's own repository (its configs, its docs), not a subfolder project
        repo = new GithubRepo(repo.owner(), repo.name(), "", "");
      }
      String display = NameRules.displayName(name.isEmpty() && repo != null ? repo.name() : name, repo);
      Set<String> inferred = DomainMapper.infer(display + " " + heading, description.toString());
      return new Entry(position, display, heading, repo, stars, explicit, inferred, framework, rank, author, line);
    }
  }
}
