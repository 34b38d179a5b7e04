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
  /** A star column header that counts a period's gain: "★ this week", "今日新增", "+stars". */
  private static final Pattern PERIOD_GAIN =
      Pattern.compile("this (week|month)|today|gain|growth|new|added|weekly|daily|monthly|本周|本月|今日|新增|增长|增加|\\+");
  private static final Pattern STARS = Pattern.compile(".*(star|标星|星|收藏|⭐|★|스타).*");
  private static final Pattern TOTAL = Pattern.compile(".*(total|all[- ]time|总|累计|合计).*");
  private static final Pattern LINK = Pattern.compile(".*(github|link|链接|地址|url|repo|仓库|サイト|site|저장소).*");
  private static final Pattern DOMAIN = Pattern.compile(".*(category|domain|领域|类别|分类|方向|field|area|tags?|标签|分野).*");
  private static final Pattern FRAMEWORK = Pattern.compile(".*(framework|框架).*");
  private static final Pattern RANK = Pattern.compile("^(#|rank|ranking|排名|名次|no\\.?|順位|순위)$");
  private static final Pattern AUTHOR = Pattern.compile(".*(author|作者|机构|org|クリエイター|creator|maintainer).*");
  private static final Pattern NAME =
      Pattern.compile(".*(name|project|项目|名称|模型|model|library|tool|工具|库|名前|プロジェクト|이름|프로젝트).*");

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
        int weight = TOTAL.matcher(h).matches() ? 2 : PERIOD_GAIN.matcher(h).find() ? -1 : 1;
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
