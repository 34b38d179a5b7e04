package dev.atlas.extract;

import dev.atlas.article.Block;
import dev.atlas.article.BlockKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fields of a record, the fourth stage of entry finding. The name comes from the
 * opener (its link text, bold lead, name cell or label), or from the body when the opener names
 * nothing; the primary repository is the opener's own link, else a link the body labels as the
 * project's, else the one its name matches, else a bare URL line; every other link is secondary.
 * Stars are the record's stated total only, opener first, never a gain or another project's figure.
 */
final class RecordReader {
  private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})\\]");
  private static final Pattern NAME_SPLIT = Pattern.compile("\\s+[-–—]\\s+|[:：]\\s*");
  private static final Pattern STAR_TAG = Pattern.compile("⭐|★|stars?\\b|标星|星", Pattern.CASE_INSENSITIVE);
  private static final Pattern RANK_VALUE = Pattern.compile("\\d{1,3}");
  private static final int MAX_AUTHOR = 120;

  private final List<Block> blocks;
  private final List<Shape> shapes;
  private final List<Evidence> evidence;
  private final Map<Integer, TableColumns> tables = new HashMap<>();
  private Map<Integer, GithubRepo> notes;

  RecordReader(List<Block> blocks, List<Shape> shapes, List<Evidence> evidence) {
    this.blocks = blocks;
    this.shapes = shapes;
    this.evidence = evidence;
    for (Shape s : shapes) {
      if (s.key() != null) {
        openerCounts.merge(s.key(), 1, Integer::sum);
      }
    }
  }

  /** How many blocks of the article open with each shape. */
  private final Map<String, Integer> openerCounts = new HashMap<>();

  /**
   * Reads the record opened at {@code opener} whose body ends before {@code end}. Its body's
   * evidence is read up to the first deeper opener of another repeated shape ("- **Kotoba**"
   * under "- **音声 인식**"): what stands under a nearer opener is that opener's.
   */
  Record read(int opener, int end) {
    Block b = blocks.get(opener);
    Shape s = shapes.get(opener);
    int extent = end;
    end = ownEnd(opener, end);
    Fields f = new Fields();
    if (b.kind() == BlockKind.TABLE_ROW) {
      readRow(b, columns(opener), f);
    } else {
      readOpener(opener, b, s, f);
    }
    for (int j = opener + 1; j < end; j++) {
      readBody(j, f);
    }
    // an opener naming nothing (a rank line, a section label) heads a record of fields: only
    // labelled links and stated fields are its evidence, not what its prose mentions
    boolean nameless = f.name.isEmpty();
    if (nameless) {
      f.name = nameFromBody(opener, end, f);
    }
    if (f.repo == null) {
      f.repo = bodyRepo(opener, end, f, nameless);
    }
    // a plain name line is a weak opener: only stated fields give it stars, not the prose below it
    boolean nameLine = b.kind() == BlockKind.PARAGRAPH && s.lead() == Shape.Lead.NAME && !s.isHeadingLike();
    if (f.stars == null && !nameless && !nameLine && b.kind() != BlockKind.TABLE_ROW) {
      bodyStars(opener, end, f);
    }
    return new Record(opener, extent, s, f.name, f.heading, f.repo, f.repo == null ? "" : f.repoFrom, f.stars, f.starsText,
        f.domains, f.framework, f.author, f.rank, f.fields, f.repo == null ? f.link : "");
  }

  /** Where the evidence of the record at {@code opener} stops: at the first nearer opener, else {@code end}. */
  private int ownEnd(int opener, int end) {
    Shape s = shapes.get(opener);
    for (int j = opener + 1; j < end; j++) {
      Shape t = shapes.get(j);
      // a name line or a name field ("项目名称：…") is a weak opener: it takes nothing from a stronger one
      boolean structural = t.lead() != Shape.Lead.NAME_FIELD
          && (t.lead() != Shape.Lead.NAME || blocks.get(j).kind() != BlockKind.PARAGRAPH);
      if (t.key() != null && !t.key().equals(s.key()) && t.rank() > s.rank() && structural
          && openerCounts.getOrDefault(t.key(), 0) >= 2 && !t.label().isEmpty() && hasOwnEvidence(j, end)) {
        return j;
      }
    }
    return end;
  }

  /**
   * True when the opener at {@code k} or a block under it (before {@code end}) states evidence:
   * a nested item, a list item's continuation, or for a heading or bold line anything up to the
   * next as high.
   */
  private boolean hasOwnEvidence(int k, int end) {
    if (!evidence.get(k).isEmpty()) {
      return true;
    }
    Block opener = blocks.get(k);
    Shape s = shapes.get(k);
    for (int j = k + 1; j < end; j++) {
      Block b = blocks.get(j);
      Shape t = shapes.get(j);
      boolean under = opener.kind() == BlockKind.LIST_ITEM
          ? b.kind() != BlockKind.HEADING && !t.isHeadingLike() && b.level() > opener.level() && b.kind() != BlockKind.TABLE_ROW
          : s.isHeadingLike() ? !(t.isHeadingLike() && t.rank() <= s.rank()) : t.rank() > s.rank() && !s.key().equals(t.key());
      if (!under) {
        return false;
      }
      if (!evidence.get(j).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The fields of a record while they are read. */
  private static final class Fields {
    String name = "";
    String heading = "";
    GithubRepo repo;
    String repoFrom = "";
    Stars stars;
    String starsText = "";
    final Set<String> domains = new TreeSet<>();
    String framework = "";
    String author = "";
    int rank;
    int fields;
    String link = "";

    void repo(GithubRepo r, String from) {
      if (repo == null && r != null) {
        repo = r;
        repoFrom = from;
      }
    }

    void stars(StarCount.Found found, String text) {
      if (stars == null) {
        stars = found.stars();
        starsText = text.substring(found.start(), Math.min(text.length(), found.end()));
        if (found.unitless()) {
          starsText = "unitless:" + starsText;
        }
      }
    }
  }

  private TableColumns columns(int row) {
    int start = row;
    while (start > 0 && blocks.get(start - 1).kind() == BlockKind.TABLE_ROW && blocks.get(start).level() != 1) {
      start--;
    }
    int header = start;
    return tables.computeIfAbsent(header, h -> {
      if (blocks.get(h).level() != 1) {
        return TableColumns.NONE;
      }
      int last = h + 1;
      while (last < blocks.size() && blocks.get(last).kind() == BlockKind.TABLE_ROW && blocks.get(last).level() != 1) {
        last++;
      }
      return TableColumns.of(blocks.get(h)).checked(blocks.subList(h + 1, last));
    });
  }

  /**
   * Reads a row of a table without a header by what each cell holds: a rank ("TOP 1", "#2",
   * "第3名"), a GitHub link, a figure with a star word, a domain label; the first other cell is
   * the name.
   */
  private void readTextRow(Block row, Fields f) {
    for (Block.Cell cell : row.cells()) {
      String c = cell.text().strip();
      if (c.isEmpty() || c.chars().allMatch(ch -> "—–-".indexOf(ch) >= 0)) {
        continue;
      }
      Shape.Numbered rank = Shape.Numbered.parse(c, 0);
      Optional<GithubRepo> repo = cell.links().stream().map(Evidence::repoOf).flatMap(Optional::stream).findFirst()
          .or(() -> LinkNormalizer.github(c.startsWith("http") ? c : "https://" + c));
      List<StarCount.Found> stars = StarCount.findInProse(c);
      Set<String> tags = DomainMapper.fromLabel(c);
      if (rank.rankMarker() && rank.rest().isEmpty()) {
        f.rank = rank.number();
      } else if (c.contains("github.com/") && repo.isPresent()) {
        f.repo(repo.get(), "opener");
      } else if (!stars.isEmpty() && !stars.get(0).gain()) {
        f.stars(stars.get(0), c);
      } else if (!tags.isEmpty()) {
        f.domains.addAll(tags);
      } else if (f.name.isEmpty()) {
        f.name = NameRules.clean(c);
        f.heading = f.name;
      }
    }
  }

  private void readRow(Block row, TableColumns cols, Fields f) {
    if (cols == TableColumns.NONE) {
      readTextRow(row, f);
      return;
    }
    Block.Cell nameCell = TableColumns.cell(row, cols.name() >= 0 ? cols.name() : firstTextCell(row));
    if (nameCell != null) {
      String name = NameRules.clean(nameCell.text());
      if (!nameCell.links().isEmpty() && !nameCell.links().get(0).text().isBlank() && name.startsWith(NameRules.clean(nameCell.links().get(0).text()))) {
        // the link is the name; what follows it in the cell is a description
        name = NameRules.clean(nameCell.links().get(0).text());
      }
      f.heading = name;
      f.name = name;
      if (!nameCell.links().isEmpty()) {
        f.link = homepage(nameCell.links().get(0).href());
      }
    }
    for (Block.Cell cell : row.cells()) {
      for (var link : cell.links()) {
        f.repo(Evidence.repoOf(link).orElse(null), "opener");
      }
    }
    Block.Cell linkCell = TableColumns.cell(row, cols.link());
    if (f.repo == null && linkCell != null) {
      // a URL written out, or a bare "owner/repo" in a repo column
      f.repo(LinkNormalizer.github(linkCell.text()).or(() -> Names.repoPath(linkCell.text())).orElse(null), "opener");
    }
    if (f.repo != null && f.name.replaceAll("\\s*/\\s*", "/").equalsIgnoreCase(f.repo.key())) {
      f.name = f.repo.name();
    }
    Block.Cell stars = TableColumns.cell(row, cols.stars());
    if (stars != null) {
      StarCount.parse(stars.text()).ifPresent(v -> {
        f.stars = v;
        f.starsText = stars.text().strip();
      });
    }
    Block.Cell domain = TableColumns.cell(row, cols.domain());
    if (domain != null) {
      addDomains(domainCell(row, cols.domain()), f);
    }
    Block.Cell fw = TableColumns.cell(row, cols.framework());
    if (fw != null) {
      f.framework = Frameworks.fromField(fw.text()).orElse("");
    }
    Block.Cell rank = TableColumns.cell(row, cols.rank());
    if (rank != null && rank.text().strip().matches("#?\\d{1,3}")) {
      f.rank = Integer.parseInt(rank.text().strip().replace("#", ""));
    }
    Block.Cell author = TableColumns.cell(row, cols.author());
    if (author != null) {
      f.author = author.text().strip();
    }
  }

  /**
   * The text of a row's domain cell; a blank cell continues the one above it in the same table
   * (markdown has no row span, so a group of rows leaves the cell blank under its first row).
   */
  private String domainCell(Block row, int column) {
    for (int j = blocks.indexOf(row); j >= 0 && blocks.get(j).kind() == BlockKind.TABLE_ROW && blocks.get(j).level() != 1; j--) {
      Block.Cell cell = TableColumns.cell(blocks.get(j), column);
      if (cell != null && !cell.text().isBlank()) {
        return cell.text();
      }
    }
    return "";
  }

  private static int firstTextCell(Block row) {
    for (int i = 0; i < row.cells().size(); i++) {
      String t = row.cells().get(i).text().strip();
      if (!t.isEmpty() && !t.matches("#?\\d{1,3}")) {
        return i;
      }
    }
    return -1;
  }

  private void readOpener(int opener, Block b, Shape s, Fields f) {
    Evidence e = evidence.get(opener);
    String label = s.label();
    String name = "";
    boolean headingLike = s.isHeadingLike();
    switch (s.lead()) {
      case LINK -> {
        String text = NameRules.clean(b.links().get(0).text());
        name = Evidence.isGeneric(text) ? "" : text;
      }
      case BOLD -> {
        String lead = NameRules.boldLead(b.source());
        name = lead.isEmpty() ? NameRules.leadingBold(b.source()) : lead;
      }
      case CAPTION -> {
        // "图 2：Delta Pro 架构图" over "Delta 支持…": the name as the paragraph below writes it
        FigureCaption caption = FigureCaption.parse(label);
        String inText = opener + 1 < blocks.size() ? caption.nameIn(blocks.get(opener + 1).text()) : "";
        name = inText.isEmpty() ? caption.name() : inText;
      }
      case NAME_FIELD -> name = e.field().value();
      default -> name = headingLike ? label : itemName(label);
    }
    if (s.rankMarker() && s.lead() != Shape.Lead.NAME_FIELD) {
      f.rank = s.number();
    }
    f.heading = headingLike ? NameRules.clean(b.source()) : name;
    if (headingLike && e.repos().isEmpty()
        && (SectionRules.kind(label) != SectionRules.Kind.NONE || !sectionDomains(label).isEmpty())) {
      // a section label or a domain over the record's fields: the opener names no project
      f.domains.addAll(sectionDomains(label));
      name = "";
    }
    name = withoutFigures(name, f, b.text());
    if (!name.equals(label)) {
      // "[TDEngine](…) (大数据)": the label's tag is the record's, whatever names it
      tagged(withoutFigures(label, f, b.text()), f);
    }
    f.name = tagged(name, f);
    if (!e.repos().isEmpty()) {
      f.repo(e.repos().get(0).repo(), "opener");
    }
    if ((s.lead() == Shape.Lead.LINK || headingLike) && !b.links().isEmpty()) {
      f.link = homepage(b.links().get(0).href());
    }
    if (f.repo == null) {
      // a heading that is itself a repository path, or names one in parentheses; a bold owner/repo
      f.repo(Names.repoPath(f.name).orElse(null), "opener");
      f.repo(Names.repoPath(NameRules.splitTag(label).tag()).orElse(null), "opener");
      if (f.repo != null && Names.repoPath(f.name).isPresent()) {
        f.name = f.repo.name();
      }
    }
    // a name in markup ("[Name](…)", "**Name**") makes the rest of the line its description
    boolean markedName = s.lead() == Shape.Lead.LINK || s.lead() == Shape.Lead.BOLD;
    for (StarCount.Found found : e.totals()) {
      if (headingLike || ProseAttribution.belongsTo(b.text(), found, f.name, f.repo, markedName)) {
        f.stars(found, b.text());
        break;
      }
    }
    if (e.field() != null && s.lead() == Shape.Lead.NAME_FIELD) {
      f.fields++;
    }
  }

  /** {@code href} when it is an absolute web address off GitHub's repositories (a homepage, a docs page), else "". */
  private static String homepage(String href) {
    String url = LinkNormalizer.withoutTracking(href);
    boolean web = url.startsWith("http://") || url.startsWith("https://");
    return web && LinkNormalizer.github(url).isEmpty() && !LinkNormalizer.isRepoActivity(url) ? url : "";
  }

  /** The name an item line opens with: "Name — what it does", "Name: …", "Name 0.9 (…)", or the whole short line. */
  private static String itemName(String label) {
    String[] parts = NAME_SPLIT.split(label, 2);
    if (parts.length == 2 && parts[0].length() <= Shape.MAX_NAME_LINE && !parts[0].isBlank()) {
      return parts[0].strip();
    }
    int paren = label.indexOf(" (");
    if (paren > 0 && paren <= Shape.MAX_NAME_LINE) {
      return label.substring(0, paren);
    }
    return Shape.isNameLine(label) ? label : "";
  }

  /** {@code name} without the star figures it states ("build-your-own-x 206.1k⭐"), each read as the record's stars. */
  private static String withoutFigures(String name, Fields f, String text) {
    List<StarCount.Found> figures = StarCount.findInProse(name);
    if (figures.isEmpty()) {
      return name;
    }
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (StarCount.Found found : figures) {
      sb.append(name, at, found.start());
      at = found.end();
    }
    sb.append(name.substring(Math.min(at, name.length())));
    // "Alpha (★ 10.4k)" leaves "Alpha ()"
    return NameRules.clean(sb.toString().replaceAll("\\s*[(（]\\s*[)）]", ""));
  }

  /** The name with a trailing tag read: "(NLP)" a domain, "(owner/repo)" a repository, "（可图）" an alias, "(PyTorch)" a framework. */
  private static String tagged(String label, Fields f) {
    NameRules.Tagged t = NameRules.splitTag(label);
    String name = label;
    if (!t.tag().isEmpty()) {
      Set<String> tags = DomainMapper.fromLabel(t.tag());
      Optional<String> fw = Frameworks.canonical(t.tag());
      if (!tags.isEmpty()) {
        f.domains.addAll(tags);
        name = t.name();
      } else if (Names.repoPath(t.tag()).isPresent()) {
        name = t.name();
      } else if (Names.hasCjk(t.tag()) && t.tag().chars().noneMatch(c -> c < 128 && Character.isLetter(c))
          && !Names.hasCjk(t.name())) {
        name = t.name();
      } else if (fw.isPresent()) {
        f.framework = fw.get();
        name = t.name();
      } else if (STAR_TAG.matcher(t.tag()).find() && StarCount.parse(t.tag()).isPresent()) {
        name = t.name();
      }
    }
    return NameRules.shortName(name);
  }

  /** Reads the fields of body block {@code j}: the line as one field, or each of several split by " | " or " · ". */
  private void readBody(int j, Fields f) {
    Evidence e = evidence.get(j);
    if (e.field() == null) {
      return;
    }
    Block b = blocks.get(j);
    String[] segments = b.kind() != BlockKind.TABLE_ROW ? FieldLine.SEPARATOR.split(b.text())
        : FieldLine.parse(b.cells().get(0).text()).isPresent()
            ? b.cells().stream().map(Block.Cell::text).toArray(String[]::new) : new String[0];
    if (segments.length > 1) {
      for (String segment : segments) {
        FieldLine.parse(segment).ifPresent(part -> applyField(part, j, f));
      }
    } else {
      applyField(e.field(), j, f);
    }
  }

  private void applyField(FieldLine field, int j, Fields f) {
    f.fields++;
    switch (field.kind()) {
      case LINK -> {
        for (Evidence.Ref ref : evidence.get(j).repos()) {
          if (f.repo == null || f.repoFrom.equals("name") || f.repoFrom.equals("url")) {
            f.repo = null;
            f.repo(ref.repo(), "label");
          }
          break;
        }
      }
      case STARS -> {
        if (f.stars == null) {
          Block b = blocks.get(j);
          for (StarCount.Found found : evidence.get(j).totals()) {
            f.stars(found, b.text());
            break;
          }
        }
      }
      case FRAMEWORK -> Frameworks.fromField(field.value()).ifPresent(v -> f.framework = v);
      case AUTHOR -> f.author = field.value().length() <= MAX_AUTHOR ? field.value() : field.value().substring(0, MAX_AUTHOR);
      case DOMAIN -> addDomains(field.value(), f);
      case NAME -> {
        if (f.name.isEmpty()) {
          f.heading = field.value();
          f.name = tagged(field.value(), f);
        }
      }
      case RANK -> {
        Matcher m = RANK_VALUE.matcher(field.value());
        if (m.find()) {
          f.rank = Integer.parseInt(m.group());
        }
      }
    }
  }

  /** The domains a field or cell states: each of its parts, split by commas, slashes or brackets ("[AI] [ChatGPT]"). */
  private static void addDomains(String value, Fields f) {
    for (String part : value.split("[,，/／、;；\\[\\]【】]")) {
      if (!part.isBlank()) {
        f.domains.addAll(DomainMapper.fromLabel(part));
      }
    }
  }

  /** A name for a record whose opener names nothing: the first bold line or bold lead, or the name a paragraph opens with. */
  private String nameFromBody(int opener, int end, Fields f) {
    for (int j = opener + 1; j < end; j++) {
      Block b = blocks.get(j);
      if (b.kind() == BlockKind.BOLD_LINE) {
        String label = NameRules.clean(b.text());
        if (!label.isEmpty() && SectionRules.kind(label) == SectionRules.Kind.NONE && !label.endsWith("：")) {
          return tagged(label, f);
        }
      }
      String lead = NameRules.boldLead(b.source());
      if (!lead.isEmpty() && evidence.get(j).field() == null) {
        return lead;
      }
      if (b.kind() == BlockKind.PARAGRAPH && evidence.get(j).field() == null) {
        if (shapes.get(j).lead() == Shape.Lead.NAME && b.level() == 0) {
          // "01" then "GPT-SoVITS" on the next line
          return tagged(shapes.get(j).label(), f);
        }
        String name = NameRules.leadingName(b.text());
        if (!name.isEmpty()) {
          return name;
        }
      }
    }
    return "";
  }

  /** The primary repository from the body: a labelled link, the one the name matches, a bare URL line, a cited note. */
  private GithubRepo bodyRepo(int opener, int end, Fields f, boolean nameless) {
    String own = Names.normalize(f.name);
    GithubRepo named = null;
    GithubRepo url = null;
    for (int j = opener + 1; j < end; j++) {
      for (Evidence.Ref ref : evidence.get(j).repos()) {
        boolean prose = shapes.get(j).lead() == Shape.Lead.TEXT && evidence.get(j).field() == null;
        if (ref.labelled() && !(prose && unrelated(f.name, ref.repo()))) {
          // "this [GitHub repo](…)" in running text is the record's only when it could be its repo:
          // the code of a demo ("The code for this project is on this GitHub repo") is not
          f.repoFrom = "label";
          return ref.repo();
        }
        String rn = Names.normalize(ref.repo().name());
        boolean shownAsUrl = ref.text().startsWith("http") || ref.text().startsWith("github.com") || ref.text().isEmpty();
        if (named == null && !nameless && own.length() >= 3 && (own.equals(rn) || shownAsUrl && (own.contains(rn) || rn.contains(own)))) {
          named = ref.repo();
        }
        if (url == null && ref.bare()) {
          url = ref.repo();
        }
      }
    }
    if (named != null) {
      f.repoFrom = "name";
      return named;
    }
    if (url != null && bareUrls(opener, end) == 1) {
      f.repoFrom = "url";
      return url;
    }
    GithubRepo cited = nameless ? null : citedRepo(opener, end, f.name);
    if (cited != null) {
      f.repoFrom = "note";
    }
    return cited;
  }

  /**
   * True when a Latin name and a repository share nothing: neither's normalized name holds the
   * other's, nor do they share a word of four letters. A name in another script says nothing.
   */
  private static boolean unrelated(String name, GithubRepo repo) {
    if (name.isEmpty() || Names.hasCjk(name) || name.chars().noneMatch(c -> c < 128 && Character.isLetter(c))) {
      return false;
    }
    String n = Names.normalize(name);
    String r = Names.normalize(repo.name());
    String o = Names.normalize(repo.owner());
    if (n.contains(r) || r.contains(n) || n.contains(o) || o.contains(n)) {
      return false;
    }
    for (String word : name.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) {
      if (word.length() >= 4 && (r.contains(word) || o.contains(word))) {
        return false;
      }
    }
    return true;
  }

  /** How many repositories the body's bare URL lines name: one is the record's, several are a list of links. */
  private long bareUrls(int opener, int end) {
    Set<String> repos = new TreeSet<>();
    for (int j = opener + 1; j < end; j++) {
      for (Evidence.Ref ref : evidence.get(j).repos()) {
        if (ref.bare()) {
          repos.add(ref.repo().key());
        }
      }
    }
    return repos.size();
  }

  private void bodyStars(int opener, int end, Fields f) {
    for (int j = opener + 1; j < end && f.stars == null; j++) {
      Block b = blocks.get(j);
      if (b.kind() == BlockKind.TABLE_ROW || b.kind() == BlockKind.CODE) {
        continue;
      }
      boolean prose = shapes.get(j).lead() == Shape.Lead.TEXT;
      List<String> others = otherLinks(j, f.repo);
      for (StarCount.Found found : evidence.get(j).totals()) {
        // a figure after another project's link is that project's; one in running text is the
        // record's when its clause names it, or names nothing else before it
        if (ProseAttribution.followsLink(b.text(), found, others) || !prose && !others.isEmpty()) {
          continue;
        }
        if (ProseAttribution.belongsTo(b.text(), found, f.name, f.repo) && (!prose
            || ProseAttribution.namesOwn(b.text(), found, f.name, f.repo)
            || !ProseAttribution.namesOther(b.text(), found, f.name, f.repo))) {
          f.stars(found, b.text());
          break;
        }
      }
    }
  }

  /** The visible texts of the links in block {@code j} to repositories other than {@code own}. */
  private List<String> otherLinks(int j, GithubRepo own) {
    List<String> texts = new java.util.ArrayList<>();
    for (Evidence.Ref ref : evidence.get(j).repos()) {
      if (own == null || !ref.repo().key().equals(own.key())) {
        texts.add(ref.text());
      }
    }
    return texts;
  }

  /**
   * The repository a record cites by note number ("LLaMA-Factory [2] 支持…"): a numbered item that
   * is a GitHub URL alone, whose repository has the record's name or which the name stands right
   * before; null otherwise.
   */
  private GithubRepo citedRepo(int opener, int end, String name) {
    if (name.isEmpty()) {
      return null;
    }
    Map<Integer, GithubRepo> notes = notes();
    if (notes.isEmpty()) {
      return null;
    }
    String own = Names.normalize(name);
    for (int j = opener; j < end; j++) {
      String text = blocks.get(j).text();
      Matcher m = CITATION.matcher(text);
      while (m.find()) {
        GithubRepo r = notes.get(Integer.parseInt(m.group(1)));
        if (r == null) {
          continue;
        }
        String before = text.substring(Math.max(0, m.start() - name.length() - 1), m.start()).strip();
        if (own.equals(Names.normalize(r.name())) || Names.normalize(before).endsWith(own)) {
          return r;
        }
      }
    }
    return null;
  }

  /** The numbered items that are a GitHub URL and nothing else, by number; the first note of a number wins. */
  private Map<Integer, GithubRepo> notes() {
    if (notes == null) {
      notes = new HashMap<>();
      for (int i = 0; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        if (b.kind() == BlockKind.LIST_ITEM && b.ordinal() > 0 && Evidence.isBareUrl(b) && !evidence.get(i).repos().isEmpty()) {
          notes.putIfAbsent(b.ordinal(), evidence.get(i).repos().get(0).repo());
        }
      }
    }
    return notes;
  }

  /** Domains a section label states, its parenthetical note aside ("Unsupervised learning (clustering)"). */
  static Set<String> sectionDomains(String label) {
    Set<String> tags = DomainMapper.fromLabel(label);
    return tags.isEmpty() ? DomainMapper.fromLabel(NameRules.splitTag(label).name()) : tags;
  }
}
