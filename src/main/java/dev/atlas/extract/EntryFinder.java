package dev.atlas.extract;

import dev.atlas.article.Article;
import java.util.List;

/**
 * Finds the featured-project entries of an article, in four stages each a class of its own:
 * {@link Shape} (how each block looks as a possible record opener), {@link Evidence} (the
 * repositories and star figures each block states), {@link Segmenter} (runs of sibling records
 * whose evidence shows them to be a featured list) and {@link RecordReader} (each record's
 * fields), with {@link Listing} adding what a record learns from its list and section.
 */
public final class EntryFinder {
  private EntryFinder() {}

  /** Returns the entries of {@code article}, numbered 1.. in reading order; empty when it lists no projects. */
  public static List<Entry> find(Article article) {
    return Segmentation.of(article).entries();
  }
}
