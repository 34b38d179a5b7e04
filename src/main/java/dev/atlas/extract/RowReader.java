package dev.atlas.extract;

import dev.atlas.article.Block;
import dev.atlas.article.BlockKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a table row as a record: with a header, each column by its role ({@link TableColumns});
 * without one, each cell by what it holds.
 */
final class RowReader {
  private static final java.util.regex.Pattern SPACED_SLASH = java.util.regex.Pattern.compile("\\s*/\\s*");
  private static final java.util.regex.Pattern RANK = java.util.regex.Pattern.compile("#?\\d{1,3}");

  private final List<Block> blocks;
  private final Map<Integer, TableColumns> tables = new HashMap<>();

  RowReader(List<Block> blocks) {
    this.blocks = blocks;
  }

  /** Reads row {@code opener}'s name, repository, stars and fields into {@code f}. */
  void read(int opener, RecordFields f) {
    Block row = blocks.get(opener);
    read(row, columns(opener), f);
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
  private void readTextRow(Block row, RecordFields f) {
    for (Block.Cell cell : row.cells()) {
      String c = cell.text().strip();
      if (c.isEmpty() || c.chars().allMatch(ch -> "—–-".indexOf(ch) >= 0)) {
        continue;
      }
      Numbered rank = Numbered.parse(c, 0);
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

  private void read(Block row, TableColumns cols, RecordFields f) {
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
        f.link = RecordFields.homepage(nameCell.links().get(0).href());
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
    if (f.repo != null && SPACED_SLASH.matcher(f.name).replaceAll("/").equalsIgnoreCase(f.repo.key())) {
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
      f.addDomains(domainCell(row, cols.domain()));
    }
    Block.Cell fw = TableColumns.cell(row, cols.framework());
    if (fw != null) {
      f.framework = Frameworks.fromField(fw.text()).orElse("");
    }
    Block.Cell rank = TableColumns.cell(row, cols.rank());
    if (rank != null && RANK.matcher(rank.text().strip()).matches()) {
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
      if (!t.isEmpty() && !RANK.matcher(t).matches()) {
        return i;
      }
    }
    return -1;
  }

}
