package dev.atlas.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Layout (b): a machine-translated Medium post, {@code # [中文名](github url) (NLP)} headings with
 * prose stating the stars, then a {@code # Reddit 讨论} section of reddit.com threads and a
 * {@code # 结束注释} section, both of which also link GitHub and yield nothing.
 */
final class TranslatedMediumLayout implements Layout {
  private static final Traits TRAITS = new Traits(".md", "zh", List.of(StarFigure.Style.COMMA, StarFigure.Style.THOUSANDS, StarFigure.Style.WAN), 2);
  private static final String[] NAME_HEADS = {"拥抱脸", "火炬", "快速", "轻量", "深度", "稳定的", "开放", "通用"};
  private static final String[] NAME_TAILS = {"变压器", "闪电", "视觉工具包", "文本引擎", "基线", "推理框架", "图谱库", "语音套件"};
  private static final String[] TAGS = {"NLP", "计算机视觉", "强化学习", "编程", "语音", "生成模型"};
  private static final String[] THREADS = {
    "我们应该停止使用 ImageNet 预训练吗？", "在家工作期间你的机器学习工作流是什么样的？", "为什么复现强化学习论文这么难？",
    "你如何管理几百个实验？"
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
    sb.append("# 前 ").append(n).append(" 名机器学习 GitHub 项目和 Reddit 讨论\n\n");
    sb.append("> 原文：<https://medium.com/analytics-vidhya/top-machine-learning-github-projects-")
        .append(Long.toHexString(r.nextLong())).append("?source=collection_archive---------4----------------------->\n\n");
    sb.append("![](img/").append(Long.toHexString(r.nextLong())).append(".png)\n\n");
    Layout.paragraphs(sb, plan.intro());
    sb.append("# GitHub 项目\n\n");
    for (int i = 0; i < n; i++) {
      Featured e = plan.entries().get(i);
      String suffix = r.nextInt(5) == 0 ? ".git" : "";
      sb.append("# [").append(Prose.pick(NAME_HEADS, r)).append(Prose.pick(NAME_TAILS, r)).append("](")
          .append(e.url()).append(suffix).append(") (").append(Prose.pick(TAGS, r)).append(")\n\n");
      List<String> notes = plan.notesOf(i);
      for (int p = 0; p < notes.size(); p++) {
        sb.append(notes.get(p)).append("\n\n");
        if (p == 0 && e.hasStars()) {
          sb.append(starSentence(e.stars())).append("\n\n");
        }
      }
      if (notes.isEmpty() && e.hasStars()) {
        sb.append(starSentence(e.stars())).append("\n\n");
      }
    }
    sb.append("# Reddit 讨论\n\n");
    for (int t = 0; t < 2; t++) {
      sb.append("# [").append(Prose.pick(THREADS, r)).append("](https://www.reddit.com/r/MachineLearning/comments/")
          .append(Long.toString(r.nextLong() >>> 40, 36)).append("/d_thread/)\n\n");
      Featured other = plan.entries().get(r.nextInt(n));
      sb.append("讨论中有人分享了代码 ").append(other.url()).append(" 作为替代方案，评论里说它已经有 3,200 颗星。\n\n");
    }
    sb.append("# 结束注释\n\n");
    Featured first = plan.entries().get(0);
    sb.append("如果你只有时间尝试一个项目，那就从[").append(first.name()).append("](").append(first.url()).append(")开始吧。\n\n");
    Layout.paragraphs(sb, plan.outro());
    sb.append("*原载于 ").append(Layout.isoDate(r)).append("*\n");
    return sb.toString();
  }

  private static String starSentence(StarFigure stars) {
    return switch (stars.text().endsWith("k") ? 1 : stars.text().endsWith("万") ? 2 : 0) {
      case 1 -> "它目前标星 " + stars.text() + "，并且发展非常快。";
      case 2 -> "该项目已经收获了 " + stars.text() + " 颗星，社区也很活跃。";
      default -> "这个项目目前在 GitHub 上有 " + stars.text() + " 颗星。";
    };
  }
}
