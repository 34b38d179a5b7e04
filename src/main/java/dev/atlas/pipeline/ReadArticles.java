package dev.atlas.pipeline;

import dev.atlas.article.Article;
import dev.atlas.article.ArticleReadException;
import dev.atlas.article.ArticleReader;
import dev.atlas.article.Deadline;
import dev.atlas.article.RejectReason;
import dev.atlas.article.Rejection;
import java.nio.file.Paths;
import dev.atlas.resolve.ProjectKeys;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/** Reads matched files ({@code name → path}) into articles; files that fail become rejections. */
public final class ReadArticles extends PTransform<PCollection<KV<String, String>>, PCollectionTuple> {
  private final long maxBytes;
  private final long timeoutMillis;
  private final int shards;

  /** Reads with a size limit and a per-file time budget, spreading files over {@code shards}. */
  public ReadArticles(long maxBytes, long timeoutMillis, int shards) {
    this.maxBytes = maxBytes;
    this.timeoutMillis = timeoutMillis;
    this.shards = shards;
  }

  @Override
  public PCollectionTuple expand(PCollection<KV<String, String>> files) {
    return files
        .apply("SpreadOverShards", ParDo.of(new SpreadFn(shards)))
        .apply("GroupByShard", GroupByKey.create())
        .apply("Unshard", Values.create())
        .apply("EachFile", Flatten.iterables())
        .apply("ReadArticleFn",
            ParDo.of(new ReadArticleFn(maxBytes, timeoutMillis))
                .withOutputTags(Tags.ARTICLES, TupleTagList.of(Tags.REJECTED)));
  }

  /**
   * Keys each file by a bounded shard of its name, so the matched list (one bundle as created)
   * is read by every worker, not one.
   */
  static final class SpreadFn extends DoFn<KV<String, String>, KV<Integer, KV<String, String>>> {
    private final int shards;

    SpreadFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element KV<String, String> file, OutputReceiver<KV<Integer, KV<String, String>>> out) {
      out.output(KV.of(ProjectKeys.shard(file.getKey(), shards), file));
    }
  }

  /** Reads one file; a failure is emitted as a rejection, never thrown. */
  static final class ReadArticleFn extends DoFn<KV<String, String>, Article> {
    private final long maxBytes;
    private final long timeoutMillis;

    ReadArticleFn(long maxBytes, long timeoutMillis) {
      this.maxBytes = maxBytes;
      this.timeoutMillis = timeoutMillis;
    }

    @ProcessElement
    public void process(@Element KV<String, String> file, MultiOutputReceiver out) {
      Progress.fileRead();
      try {
        Article a = Deadline.run(timeoutMillis, () -> ArticleReader.read(Paths.get(file.getValue()), maxBytes));
        out.get(Tags.ARTICLES).output(renamed(a, file.getKey()));
      } catch (ArticleReadException e) {
        out.get(Tags.REJECTED).output(new Rejection(file.getKey(), e.reason(), e.getMessage()));
      } catch (RuntimeException | StackOverflowError e) {
        out.get(Tags.REJECTED).output(new Rejection(file.getKey(), RejectReason.ERROR, e.toString()));
      }
    }

    private static Article renamed(Article a, String name) {
      return new Article(name, a.title(), a.language(), a.published(), a.sourceUrl(), a.encoding(),
          a.sha256(), a.blocks());
    }
  }
}
