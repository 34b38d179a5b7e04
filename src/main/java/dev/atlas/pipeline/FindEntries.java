package dev.atlas.pipeline;

import dev.atlas.article.Article;
import dev.atlas.article.ArticleReadException;
import dev.atlas.article.Deadline;
import dev.atlas.article.RejectReason;
import dev.atlas.article.Rejection;
import dev.atlas.dataset.ArticleRow;
import dev.atlas.extract.Entry;
import dev.atlas.extract.EntryFinder;
import dev.atlas.resolve.ProjectKeys;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/** Finds each article's entries: mentions out, one article row per article, or a rejection. */
public final class FindEntries extends PTransform<PCollection<Article>, PCollectionTuple> {
  private final long timeoutMillis;

  /** Finds entries within a per-article time budget. */
  public FindEntries(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    return articles.apply("FindEntriesFn",
        ParDo.of(new FindEntriesFn(timeoutMillis))
            .withOutputTags(Tags.MENTIONS, TupleTagList.of(Tags.ARTICLE_ROWS).and(Tags.REJECTED)));
  }

  /** Runs the entry finder on one article. */
  static final class FindEntriesFn extends DoFn<Article, dev.atlas.dataset.Mention> {
    private final long timeoutMillis;

    FindEntriesFn(long timeoutMillis) {
      this.timeoutMillis = timeoutMillis;
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      List<Entry> entries;
      try {
        entries = Deadline.run(timeoutMillis, () -> EntryFinder.find(article));
      } catch (ArticleReadException e) {
        out.get(Tags.REJECTED).output(new Rejection(article.file(), e.reason(), e.getMessage()));
        return;
      } catch (RuntimeException | StackOverflowError e) {
        out.get(Tags.REJECTED).output(new Rejection(article.file(), RejectReason.ERROR, e.toString()));
        return;
      }
      for (Entry e : entries) {
        out.get(Tags.MENTIONS).output(ProjectKeys.mention(article, e));
      }
      out.get(Tags.ARTICLE_ROWS).output(ArticleRow.of(article, entries.size()));
    }
  }
}
