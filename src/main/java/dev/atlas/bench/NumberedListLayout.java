package dev.atlas.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Layout (d): an English numbered list, {@code 1. [Name](github url) - description (12.3k
 * stars)}, under a container heading, followed by a Further reading list that yields nothing.
 */
final class NumberedListLayout implements Layout {
  private static final Traits TRAITS = new Traits(".md", "en", List.of(StarFigure.Style.THOUSANDS, StarFigure.Style.COMMA), 2);
  private static final String[] SEASONS = {"Spring", "Summer", "Fall", "Winter"};

  @Override
  public Traits traits() {
    return TRAITS;
  }

  @Override
  public String render(ArticlePlan plan) {
    SplittableRandom r = new SplittableRandom(plan.salt());
    int n = plan.entries().size();
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(n).append(" Machine Learning Repos Worth Cloning This ").append(Prose.pick(SEASONS, r)).append("\n\n");
    sb.append("*Published on ").append(Layout.isoDate(r)).append(" · 6 min read*\n\n");
    Layout.paragraphs(sb, plan.intro());
    sb.append("## The list\n\n");
    for (int i = 0; i < n; i++) {
      Featured e = plan.entries().get(i);
      String query = r.nextInt(5) == 0 ? "?tab=readme-ov-file" : "";
      sb.append(i + 1).append(". [").append(e.name()).append("](").append(e.url()).append(query).append(") - ")
          .append(Prose.sentence(r));
      if (e.hasStars()) {
        sb.append(" (").append(e.stars().text()).append(" stars)");
      }
      sb.append("\n\n");
      Layout.paragraphs(sb, plan.notesOf(i));
    }
    sb.append("## Further reading\n\n");
    sb.append("- [awesome-machine-learning](https://github.com/josephmisiti/awesome-machine-learning) - a curated list (60k stars)\n");
    sb.append("- [My notes on running models locally](https://example.dev/notes/local-models) - benchmarks on three laptops\n\n");
    Layout.paragraphs(sb, plan.outro());
    return sb.toString();
  }
}
