package dev.atlas.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Layout (g): a plain-text newsletter, {@code >> Name} lines followed by {@code GitHub:},
 * {@code Category:}, {@code Stars:} and {@code Author:} fields, between {@code ====} banners; the
 * Papers section after the repos yields nothing.
 */
final class PlainNewsletterLayout implements Layout {
  private static final Traits TRAITS = new Traits(".txt", "en", List.of(StarFigure.Style.COMMA, StarFigure.Style.THOUSANDS, StarFigure.Style.PLAIN), 2);
  private static final String RULE = "==================================================\n";
  private static final String[] CATEGORIES = {"Speech / Audio", "Time series", "Recommender systems", "Medical imaging",
    "Interpretability", "Computer vision", "NLP", "Reinforcement learning"};
  private static final String[] AUTHORS = {"Suno AI", "Unit8", "Meta AI (FAIR)", "Scott Lundberg", "Preferred Networks"};

  @Override
  public Traits traits() {
    return TRAITS;
  }

  @Override
  public String render(ArticlePlan plan) {
    SplittableRandom r = new SplittableRandom(plan.salt());
    StringBuilder sb = new StringBuilder();
    sb.append("THE GRADIENT DIGEST -- Issue #").append(r.nextInt(10, 300)).append("\nOpen-source ML, once a week\n")
        .append(Layout.isoDate(r)).append("\n\nEdited by Priya Natarajan\n\nHi all,\n\n");
    Layout.paragraphs(sb, plan.intro());
    sb.append(RULE).append("REPOS OF THE WEEK\n").append(RULE).append('\n');
    for (int i = 0; i < plan.entries().size(); i++) {
      Featured e = plan.entries().get(i);
      sb.append(">> ").append(e.name()).append("\nGitHub: ").append(e.url()).append('\n');
      if (r.nextBoolean()) {
        sb.append("Category: ").append(Prose.pick(CATEGORIES, r)).append('\n');
      }
      if (e.hasStars()) {
        sb.append("Stars: ").append(e.stars().text()).append('\n');
      }
      if (r.nextBoolean()) {
        sb.append("Author: ").append(Prose.pick(AUTHORS, r)).append('\n');
      }
      sb.append('\n');
      Layout.paragraphs(sb, plan.notesOf(i));
    }
    sb.append(RULE).append("PAPERS WE READ\n").append(RULE).append('\n');
    Featured first = plan.entries().get(0);
    sb.append("- Paper: \"Efficient Finetuning of Quantized Models\" -- https://arxiv.org/abs/2305.14314 (code: ")
        .append(first.url()).append(", 9.1k stars)\n\n");
    Layout.paragraphs(sb, plan.outro());
    sb.append("See you next week,\nPriya\n");
    return sb.toString();
  }
}
