package dev.atlas.pipeline;

import dev.atlas.article.Rejection;
import dev.atlas.dataset.ArticleRow;
import dev.atlas.dataset.Mention;
import org.apache.beam.sdk.values.TupleTag;

/** The output tags the stages share. */
public final class Tags {
  /** Files that could not be used (dead letters). */
  public static final TupleTag<Rejection> REJECTED = new TupleTag<>("rejected") {};
  /** Entries found, as mentions. */
  public static final TupleTag<Mention> MENTIONS = new TupleTag<>("mentions") {};
  /** One row per article read. */
  public static final TupleTag<ArticleRow> ARTICLE_ROWS = new TupleTag<>("articleRows") {};

  private Tags() {}
}
