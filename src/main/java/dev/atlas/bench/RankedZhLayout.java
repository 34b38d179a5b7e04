package dev.atlas.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Layout (a): a 量子位-style Chinese countdown, {@code ## **Rank N**} then a quoted bold name,
 * 作者 / GitHub地址 (through link.zhihu.com) / ★Star field lines, and prose.
 */
final class RankedZhLayout implements Layout {
  private static final Traits TRAITS = new Traits(".md", "zh", List.of(StarFigure.Style.PLAIN, StarFigure.Style.COMMA), 2);
  private static final String[] AUTHORS = {
    "微软研究院", "清华大学", "Uber AI 实验室", "腾讯 ARC 实验室", "谷歌大脑团队", "百度飞桨团队", "独立开发者", "上海人工智能实验室"
  };

  @Override
  public Traits traits() {
    return TRAITS;
  }

  @Override
  public String render(ArticlePlan plan) {
    SplittableRandom r = new SplittableRandom(plan.salt());
    int n = plan.entries().size();
    StringBuilder sb = new StringBuilder();
    sb.append("# Top").append(n).append("机器学习开源项目发布，历时一个月评出 | 附GitHub地址\n\n");
    sb.append("> 原作：Mybridge\n问耕 补充整理\n量子位 出品 | 公众号 QbitAI\n\n");
    Layout.paragraphs(sb, plan.intro());
    for (int i = 0; i < n; i++) {
      Featured e = plan.entries().get(i);
      sb.append("## **Rank ").append(n - i).append("**\n\n");
      sb.append("> **").append(e.name()).append("**\n");
      sb.append("作者：").append(Prose.pick(AUTHORS, r)).append('\n');
      sb.append("GitHub地址：[").append(e.url()).append("](https://link.zhihu.com/?target=https%3A//github.com/")
          .append(e.key()).append(")\n");
      if (e.hasStars()) {
        sb.append("★Star：").append(e.stars().text()).append('\n');
      }
      sb.append('\n');
      Layout.paragraphs(sb, plan.notesOf(i));
      if (r.nextInt(3) == 0) {
        sb.append("![](https://pic4.zhimg.com/v2-").append(Long.toHexString(r.nextLong())).append("_b.jpg)\n\n");
      }
    }
    Layout.paragraphs(sb, plan.outro());
    sb.append("— 完 —\n");
    return sb.toString();
  }
}
