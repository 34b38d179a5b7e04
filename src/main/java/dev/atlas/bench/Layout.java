package dev.atlas.bench;

import java.util.List;

/**
 * One way articles lay out their project entries, matching a layout the extractor's fixtures
 * cover. A layout turns an {@link ArticlePlan} into the full text of a file.
 */
interface Layout {
  /**
   * What sets a layout's files apart besides their text.
   *
   * @param extension the file extension, with its dot
   * @param language the language of the filler prose: {@code zh} or {@code en}
   * @param starStyles the star styles the layout writes
   * @param paragraphOverhead the bytes a filler paragraph costs beyond its own text (markup, blank lines)
   */
  record Traits(String extension, String language, List<StarFigure.Style> starStyles, int paragraphOverhead) {}

  /** Returns the layout's traits. */
  Traits traits();

  /** Returns the article's text; the same plan always gives the same text. */
  String render(ArticlePlan plan);

  /** Appends each paragraph of {@code paragraphs} followed by a blank line. */
  static void paragraphs(StringBuilder sb, List<String> paragraphs) {
    paragraphs.forEach(p -> sb.append(p).append("\n\n"));
  }

  /** Returns a date between 2018 and 2024 as {@code yyyy-MM-dd}, drawn from {@code rng}. */
  static String isoDate(java.util.SplittableRandom rng) {
    return String.format(java.util.Locale.ROOT, "%d-%02d-%02d", rng.nextInt(2018, 2025), rng.nextInt(1, 13), rng.nextInt(1, 29));
  }

  /** Returns the seven layouts, in a fixed order. */
  static List<Layout> all() {
    return List.of(new RankedZhLayout(), new TranslatedMediumLayout(), new HeadingProseLayout(),
        new NumberedListLayout(), new MarkdownTableLayout(), new HtmlPageLayout(), new PlainNewsletterLayout());
  }
}
