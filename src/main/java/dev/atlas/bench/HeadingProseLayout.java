package dev.atlas.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Layout (c): an English blog post, {@code ## [Name](github url)} headings (some plain
 * {@code ## Name} with a {@code GitHub:} line) and the stars in prose ("The repo has 12,345
 * stars."), ending in a Conclusion section whose links are not entries.
 */
final class HeadingProseLayout implements Layout {
  private static final Traits TRAITS = new Traits(".md", "en", List.of(StarFigure.Style.COMMA, StarFigure.Style.THOUSANDS, StarFigure.Style.PLAIN), 2);
  private static final String[] AUTHORS = {"Dana Whitfield", "Omar Haddad", "Lena Fischer", "Kenji Mori", "Ada Brennan"};
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"
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
    sb.append("# ").append(n).append(" Projects I Keep Coming Back To\n\n");
    sb.append("by ").append(Prose.pick(AUTHORS, r)).append(" · Published on ").append(Prose.pick(MONTHS, r)).append(' ')
        .append(r.nextInt(1, 29)).append(", ").append(r.nextInt(2018, 2025)).append("\n\n");
    Layout.paragraphs(sb, plan.intro());
    for (int i = 0; i < n; i++) {
      Featured e = plan.entries().get(i);
      boolean linked = r.nextInt(5) != 0;
      sb.append(linked ? "## [" + e.name() + "](" + e.url() + ")" : "## " + e.name()).append("\n\n");
      List<String> notes = plan.notesOf(i);
      for (int p = 0; p <= notes.size(); p++) {
        if (p == Math.min(1, notes.size()) && e.hasStars()) {
          sb.append(starSentence(e.stars(), r)).append("\n\n");
        }
        if (p < notes.size()) {
          sb.append(notes.get(p)).append("\n\n");
        }
      }
      if (!linked) {
        sb.append("GitHub: ").append(e.url()).append("\n\n");
      }
    }
    Featured first = plan.entries().get(0);
    sb.append("## Conclusion\n\nIf you only have one free afternoon, begin with [").append(first.name()).append("](")
        .append(first.url()).append("), which now has 1,000 stars more than last month.\n\n");
    Layout.paragraphs(sb, plan.outro());
    return sb.toString();
  }

  private static String starSentence(StarFigure stars, SplittableRandom r) {
    return switch (r.nextInt(3)) {
      case 0 -> "The repo has " + stars.text() + " stars.";
      case 1 -> "It sits at " + stars.text() + " stars and keeps growing.";
      default -> "This project has collected " + stars.text() + " stars so far.";
    };
  }
}
