package dev.atlas.extract;

import dev.atlas.article.Block;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The roles of a table's columns, read from its header row: which column names the project, links
 * it, counts its stars, states its domain, framework, rank or author. A column is -1 when the
 * header has none of that role.
 */
public record TableColumns(int name, int link, int stars, int domain, int framework, int rank, int author) {
  /** Words of a star column header that make it a period's gain ("★ this week", "今日新增", "趋势Star"); data. */
  private static final List<String> PERIOD_GAIN = dev.atlas.Lexicon.phrases("star-gains.tsv", "header-gain");
  /** Words of a star column header that make it the total ("Total stars", "当前Star"); data. */
  private static final List<String> TOTAL_WORDS = dev.atlas.Lexicon.phrases("star-gains.tsv", "header-total");
  private static final Pattern STARS = Pattern.compile(".*(star|标星|星|收藏|⭐|★|스타).*");
  private static final Pattern LINK = Pattern.compile(".*(github|link|链接|地址|url|repo|仓库|サイト|site|저장소).*");
  private static final Pattern DOMAIN = Pattern.compile(".*(category|domain|领域|类别|分类|方向|field|area|tags?|标签|分野).*");
  private static final Pattern FRAMEWORK = Pattern.compile(".*(framework|框架).*");
  private static final Pattern RANK = Pattern.compile("^(#|rank|ranking|排名|名次|no\\.?|順位|순위)$");
  private static final Pattern AUTHOR = Pattern.compile(".*(author|作者|机构|org|クリエイター|creator|maintainer).*");
  private static final Pattern NAME =
      Pattern.compile(".*(name|project|项目|名称|模型|model|library|tool|工具|库|名前|プロジェクト|이름|프로젝트).*");

  /** True when header {@code h} holds one of {@code words}, a Latin word standing as a whole word. */
  private static boolean has(String h, List<String> words) {
    for (String w : words) {
      int at = h.indexOf(w);
      while (at >= 0) {
        boolean latin = Character.isLetter(w.charAt(0)) && w.charAt(0) < 128;
        boolean start = at == 0 || !latin || !Character.isLetterOrDigit(h.charAt(at - 1));
        boolean end = at + w.length() >= h.length() || !latin || !Character.isLetterOrDigit(h.charAt(at + w.length()));
        if (start && end) {
          return true;
        }
        at = h.indexOf(w, at + 1);
      }
    }
    return false;
  }

  /** Columns for a table without a header row: none known. */
  public static final TableColumns NONE = new TableColumns(-1, -1, -1, -1, -1, -1, -1);

  /** Reads the roles of the columns of {@code header}. */
  public static TableColumns of(Block header) {
    int name = -1, link = -1, stars = -1, domain = -1, framework = -1, rank = -1, author = -1;
    int starsWeight = -1;
    List<Block.Cell> cells = header.cells();
    for (int i = 0; i < cells.size(); i++) {
      String h = cells.get(i).text().toLowerCase(Locale.ROOT).strip();
      if (STARS.matcher(h).matches()) {
        // of several star columns a total counts before a plain one, a period's gain never
        int weight = has(h, PERIOD_GAIN) ? -1 : has(h, TOTAL_WORDS) ? 2 : 1;
        if (weight > starsWeight) {
          stars = i;
          starsWeight = weight;
        }
      } else if (RANK.matcher(h).matches() && rank < 0) {
        rank = i;
      } else if (LINK.matcher(h).matches() && link < 0) {
        link = i;
      } else if (DOMAIN.matcher(h).matches() && domain < 0) {
        domain = i;
      } else if (FRAMEWORK.matcher(h).matches() && framework < 0) {
        framework = i;
      } else if (AUTHOR.matcher(h).matches() && author < 0) {
        author = i;
      } else if (NAME.matcher(h).matches() && name < 0) {
        name = i;
      }
    }
    if (name < 0 && link >= 0) {
      name = link;
    }
    return new TableColumns(name, link, stars, domain, framework, rank, author);
  }

  /**
   * These columns with the star column dropped when a cell of it holds a number with a fraction
   * and no unit ("25513.857143", a table of statistics): no count of stars has a fraction.
   */
  public TableColumns checked(List<Block> rows) {
    if (stars < 0) {
      return this;
    }
    for (Block row : rows) {
      Block.Cell c = cell(row, stars);
      if (c != null && FRACTION.matcher(c.text().strip()).matches()) {
        return new TableColumns(name, link, -1, domain, framework, rank, author);
      }
    }
    return this;
  }

  private static final Pattern FRACTION = Pattern.compile("\\d+\\.\\d*[1-9]\\d*");

  /** The cell of {@code row} in column {@code column}, or null when the row has none there. */
  static Block.Cell cell(Block row, int column) {
    return column >= 0 && column < row.cells().size() ? row.cells().get(column) : null;
  }
}
