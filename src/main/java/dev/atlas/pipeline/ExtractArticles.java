package dev.atlas.pipeline;

import dev.atlas.dataset.Mention;
import dev.atlas.resolve.FileExtraction;
import dev.atlas.resolve.ProjectKeys;
import java.nio.file.Paths;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads matched files ({@code name → path}), parses each into an article and finds its entries:
 * mentions out, one article row per article, and a rejection for each file that fails.
 *
 * <p>Reading, parsing and finding are one step on purpose. The DirectRunner does not fuse
 * consecutive steps: a collection of parsed articles between them would be held in memory, and
 * reading runs ahead of finding, so half a 50,000-article corpus sat parsed in the heap at once.
 * Here a parsed article lives only while its own file is processed.
 */
public final class ExtractArticles extends PTransform<PCollection<KV<String, String>>, PCollectionTuple> {
  private final long maxBytes;
  private final long timeoutMillis;
  private final int shards;

  /** Extracts with a size limit and a per-file time budget, spreading files over {@code shards}. */
  public ExtractArticles(long maxBytes, long timeoutMillis, int shards) {
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
        .apply("ReadParseFind",
            ParDo.of(new ExtractFileFn(maxBytes, timeoutMillis))
                .withOutputTags(Tags.MENTIONS, TupleTagList.of(Tags.ARTICLE_ROWS).and(Tags.REJECTED)));
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

  /** Extracts one file with {@link FileExtraction}, counting it in {@link RunMetrics}; a failure is emitted as a rejection. */
  static final class ExtractFileFn extends DoFn<KV<String, String>, Mention> {
    private final long maxBytes;
    private final long timeoutMillis;

    ExtractFileFn(long maxBytes, long timeoutMillis) {
      this.maxBytes = maxBytes;
      this.timeoutMillis = timeoutMillis;
    }

    @ProcessElement
    public void process(@Element KV<String, String> file, MultiOutputReceiver out) {
      RunMetrics.FILES_READ.inc();
      FileExtraction x = FileExtraction.of(file.getKey(), Paths.get(file.getValue()), maxBytes, timeoutMillis);
      if (x.rejection() != null) {
        RunMetrics.REJECTED.inc();
        out.get(Tags.REJECTED).output(x.rejection());
        return;
      }
      RunMetrics.ARTICLES.inc();
      RunMetrics.ENTRIES.inc(x.mentions().size());
      x.mentions().forEach(out.get(Tags.MENTIONS)::output);
      out.get(Tags.ARTICLE_ROWS).output(x.article());
    }
  }
}
