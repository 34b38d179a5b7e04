package dev.atlas.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Layout (e): a Chinese post whose projects sit in one markdown table, {@code | Project | GitHub
 * | Stars | Category |}, with notes after it and a 推荐阅读 list that yields nothing.
 */
final class MarkdownTableLayout implements Layout {
  private static final Traits TRAITS = new Traits(".md", "zh", List.of(StarFigure.Style.COMMA, StarFigure.Style.THOUSANDS, StarFigure.Style.WAN, StarFigure.Style.PLAIN), 2);
  private static final String[] CATEGORIES = {"计算机视觉", "CV", "NLP", "自然语言处理", "强化学习", "语音", "生成模型", "CV / 生成模型"};
  private static final String[] AUTHORS = {"林夕", "阿蛮", "小鹿", "周末", "老白"};

  @Override
  public Traits traits() {
    return TRAITS;
  }

  @Override
  public String render(ArticlePlan plan) {
    SplittableRandom r = new SplittableRandom(plan.salt());
    int n = plan.entries().size();
    StringBuilder sb = new StringBuilder();
    sb.append("# 值得关注的 ").append(n).append(" 个热门 AI 开源项目（附 GitHub 地址）\n\n");
    sb.append("作者：").append(Prose.pick(AUTHORS, r)).append(" ｜ 发布于 ").append(Layout.isoDate(r)).append("\n\n");
    Layout.paragraphs(sb, plan.intro());
    sb.append("## 项目一览\n\n| Project | GitHub | Stars | Category |\n| --- | --- | --- | --- |\n");
    for (Featured e : plan.entries()) {
      String link = switch (r.nextInt(4)) {
        case 0 -> "[链接](" + e.url() + ")";
        case 1 -> e.url() + ".git";
        default -> e.url();
      };
      sb.append("| ").append(e.name()).append(" | ").append(link).append(" | ")
          .append(e.hasStars() ? e.stars().text() : "—").append(" | ").append(Prose.pick(CATEGORIES, r)).append(" |\n");
    }
    sb.append('\n');
    for (int i = 0; i < n; i++) {
      Layout.paragraphs(sb, plan.notesOf(i));
    }
    sb.append("## 推荐阅读\n\n- [中文 NLP 资源大全 Awesome-Chinese-NLP](https://github.com/crownpku/Awesome-Chinese-NLP)\n\n");
    Layout.paragraphs(sb, plan.outro());
    return sb.toString();
  }
}
