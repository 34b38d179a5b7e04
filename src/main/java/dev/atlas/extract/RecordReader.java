package dev.atlas.extract;

import dev.atlas.article.Block;
import dev.atlas.article.BlockKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  private static final Pattern NAME_SPLIT = Pattern.compile("\\s+[-–—]\\s+|[:：]\\s*");
  private static final Pattern STAR_TAG = Pattern.compile("⭐|★|stars?\\b|标星|星", Pattern.CASE_INSENSITIVE);
  private static final Pattern RANK_VALUE = Pattern.compile("\\d{1,3}");
  private static final int MAX_AUTHOR = 120;
  private static final Pattern EMPTY_PARENTHESES = Pattern.compile("\\s*[(（]\\s*[)）]");

  private final List<Block> blocks;
  private final List<Shape> shapes;
  private final List<Evidence> evidence;
  private final RowReader rows;
  private final RepoChooser repos;

  RecordReader(List<Block> blocks, List<Shape> shapes, List<Evidence> evidence) {
    this.blocks = blocks;
    this.shapes = shapes;
    this.evidence = evidence;
    this.rows = new RowReader(blocks);
    this.repos = new RepoChooser(blocks, shapes, evidence);
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
    RecordFields f = new RecordFields();
    if (b.kind() == BlockKind.TABLE_ROW) {
      rows.read(opener, f);
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
      f.repo = repos.bodyRepo(opener, end, f, nameless);
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

  private void readOpener(int opener, Block b, Shape s, RecordFields f) {
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
      f.link = RecordFields.homepage(b.links().get(0).href());
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
  private static String withoutFigures(String name, RecordFields f, String text) {
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
    return NameRules.clean(EMPTY_PARENTHESES.matcher(sb.toString()).replaceAll(""));
  }

  /** The name with a trailing tag read: "(NLP)" a domain, "(owner/repo)" a repository, "（可图）" an alias, "(PyTorch)" a framework. */
  private static String tagged(String label, RecordFields f) {
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
  private void readBody(int j, RecordFields f) {
    Evidence e = evidence.get(j);
    if (e.field() == null) {
      return;
    }
    Block b = blocks.get(j);
    String[] segments = b.kind() != BlockKind.TABLE_ROW ? FieldLine.segments(b.text())
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

  private void applyField(FieldLine field, int j, RecordFields f) {
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
      case DOMAIN -> f.addDomains(field.value());
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

  /** A name for a record whose opener names nothing: the first bold line or bold lead, or the name a paragraph opens with. */
  private String nameFromBody(int opener, int end, RecordFields f) {
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

  private void bodyStars(int opener, int end, RecordFields f) {
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

  /** Domains a section label states, its parenthetical note aside ("Unsupervised learning (clustering)"). */
  static Set<String> sectionDomains(String label) {
    Set<String> tags = DomainMapper.fromLabel(label);
    return tags.isEmpty() ? DomainMapper.fromLabel(NameRules.splitTag(label).name()) : tags;
  }
}
