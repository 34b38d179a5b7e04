package dev.atlas.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Layout (f): a saved English blog page, entries as {@code <h2><a href=…>Name</a></h2>} (some as
 * {@code <h2>Name</h2>} with a {@code Code:} link line, some links through Google's redirector),
 * surrounded by head scripts, navigation, an ad slot, comments, related posts, HTML comments and
 * a footer that link GitHub and state stars but yield nothing.
 */
final class HtmlPageLayout implements Layout {
  private static final Traits TRAITS = new Traits(".html", "en", List.of(StarFigure.Style.COMMA, StarFigure.Style.THOUSANDS), 8);
  private static final String[] SITES = {"Pixel &amp; Tensor", "Gradient Notes", "The Weights Room", "Model Garden"};

  @Override
  public Traits traits() {
    return TRAITS;
  }

  @Override
  public String render(ArticlePlan plan) {
    SplittableRandom r = new SplittableRandom(plan.salt());
    int n = plan.entries().size();
    String site = Prose.pick(SITES, r);
    String title = n + " Open-Source Models You Can Run Locally";
    Featured first = plan.entries().get(0);
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(title)
        .append(" | ").append(site).append("</title>\n")
        .append("<meta property=\"article:published_time\" content=\"").append(Layout.isoDate(r)).append("T07:45:00+00:00\">\n")
        .append("<link rel=\"canonical\" href=\"https://blog.example.dev/posts/").append(Long.toHexString(r.nextLong()))
        .append("/?utm_source=rss&amp;utm_medium=rss\">\n")
        .append("<style>.post-content h2{margin-top:2em}.ad-slot{border:1px dashed #ccc}</style>\n")
        .append("<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"sameAs\":[\"https://github.com/blog-team/site\"],")
        .append("\"about\":\"").append(first.url()).append(" has 12k stars\"}</script>\n</head>\n<body>\n")
        .append("<header class=\"site-header\"><nav class=\"main-nav\"><ul><li><a href=\"/\">Home</a></li>")
        .append("<li><a href=\"https://github.com/blog-team/site\">Source on GitHub</a></li></ul></nav></header>\n")
        .append("<!-- cached copy; the first pick lives at ").append(first.url()).append(" with 1,234 stars -->\n")
        .append("<main>\n<article class=\"post\">\n<h1 class=\"post-title\">").append(title).append("</h1>\n")
        .append("<p class=\"byline\">By Marta Kowalczyk · 7 min read</p>\n<div class=\"post-content\">\n");
    html(sb, plan.intro());
    for (int i = 0; i < n; i++) {
      entry(sb, plan.entries().get(i), plan.notesOf(i), r);
      if (i == 1) {
        sb.append("<div class=\"ad-slot\"><span>Sponsored</span><p><strong>LabelForge</strong> - label images faster. ")
            .append("<a href=\"https://labelforge.example.com/?ref=blog\">Start a free trial</a></p></div>\n");
      }
    }
    html(sb, plan.outro());
    sb.append("</div>\n<section class=\"comments\" id=\"comments\">\n<h2>2 comments</h2>\n<div class=\"comment\">")
        .append("<p>Great list! You should add <a href=\"https://github.com/open-mmlab/mmdetection\">mmdetection</a>. ")
        .append("It has 25k stars.</p></div>\n</section>\n")
        .append("<section class=\"related-posts\"><h2>Related posts</h2><ul><li><a href=\"https://blog.example.dev/yolo/\">")
        .append("The YOLO family tree, explained</a></li></ul></section>\n</article>\n</main>\n")
        .append("<footer class=\"site-footer\"><p><a href=\"https://github.com/blog-team\">GitHub</a></p></footer>\n")
        .append("<script src=\"/js/comment-reply.min.js\"></script>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static void entry(StringBuilder sb, Featured e, List<String> notes, SplittableRandom r) {
    String href = r.nextInt(6) == 0
        ? "https://www.google.com/url?q=" + e.url() + "&amp;sa=D&amp;ust=" + r.nextLong(1_000_000_000L, 9_999_999_999L)
        : e.url();
    boolean linked = r.nextInt(5) != 0;
    if (linked) {
      sb.append("<h2><a href=\"").append(href).append("\">").append(e.name()).append("</a></h2>\n");
    } else {
      sb.append("<h2>").append(e.name()).append("</h2>\n");
    }
    for (int p = 0; p <= notes.size(); p++) {
      if (p == Math.min(1, notes.size()) && e.hasStars()) {
        sb.append("<p>It has ").append(e.stars().text()).append(" stars.</p>\n");
      }
      if (p < notes.size()) {
        sb.append("<p>").append(notes.get(p)).append("</p>\n");
      }
    }
    if (!linked) {
      sb.append("<p>Code: <a href=\"").append(href).append("\">github.com/").append(e.key()).append("</a></p>\n");
    }
  }

  private static void html(StringBuilder sb, List<String> paragraphs) {
    paragraphs.forEach(p -> sb.append("<p>").append(p).append("</p>\n"));
  }
}
