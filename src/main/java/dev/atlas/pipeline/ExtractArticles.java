package dev.atlas.pipeline;

import dev.atlas.dataset.PartsBuffer;
import dev.atlas.resolve.FileExtraction;
import dev.atlas.resolve.FileRows;
import dev.atlas.resolve.ProjectKeys;
import java.io.IOException;
import java.nio.file.Paths;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/**
 * Reads batches of matched files ({@code name → path}), parses each file into an article, finds its entries and
 * writes what it found (mentions, the article's row, or the file's rejection) as sorted part files
 * under a parts folder, one set per bundle: nothing found leaves the step as an element.
 *
 * <p>Reading, parsing, finding and writing are one step on purpose. The DirectRunner neither fuses
 * steps nor waits for a step's consumers before it runs the next bundle: every collection between
 * steps is held in memory, and at 200,000 articles the mentions waiting for the writer outgrew any
 * reasonable heap. Here a file's article and mentions live only while the file is processed and
 * its bundle is written; what the run holds grows with nothing but the list of file names.
 */
public final class ExtractArticles extends PTransform<PCollection<List<KV<String, String>>>, PDone> {
  private final long maxBytes;
  private final long timeoutMillis;
  private final int shards;
  private final String partsDir;

  /**
   * Extracts with a size limit and a per-file time budget, spreading files over {@code shards},
   * into parts under {@code partsDir}.
   */
  public ExtractArticles(long maxBytes, long timeoutMillis, int shards, String partsDir) {
    this.maxBytes = maxBytes;
    this.timeoutMillis = timeoutMillis;
    this.shards = shards;
    this.partsDir = partsDir;
  }

  @Override
  public PDone expand(PCollection<List<KV<String, String>>> batches) {
    batches
        .apply("SpreadOverShards", ParDo.of(new SpreadFn(shards)))
        .apply("GroupByShard", GroupByKey.create())
        .apply("Unshard", Values.create())
        .apply("EachBatch", Flatten.iterables())
        .apply("ReadParseFindWrite", ParDo.of(new ExtractFilesFn(maxBytes, timeoutMillis, partsDir)));
    return PDone.in(batches.getPipeline());
  }

  /**
   * Keys each batch by a bounded shard of its first file's name, so the matched list (one bundle
   * as created) is read by every worker, not one.
   */
  static final class SpreadFn extends DoFn<List<KV<String, String>>, KV<Integer, List<KV<String, String>>>> {
    private final int shards;

    SpreadFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element List<KV<String, String>> batch, OutputReceiver<KV<Integer, List<KV<String, String>>>> out) {
      out.output(KV.of(ProjectKeys.shard(batch.get(0).getKey(), shards), batch));
    }
  }

  /**
   * Extracts each file of a batch with {@link FileExtraction}, counting it in {@link RunMetrics},
   * and hands its rows to the bundle's {@link PartsBuffer} by {@link FileRows}; the buffer is
   * written when the bundle finishes. A failure is a rejection row like any other.
   */
  static final class ExtractFilesFn extends DoFn<List<KV<String, String>>, Void> {
    private final long maxBytes;
    private final long timeoutMillis;
    private final String partsDir;
    private transient PartsBuffer parts;

    ExtractFilesFn(long maxBytes, long timeoutMillis, String partsDir) {
      this.maxBytes = maxBytes;
      this.timeoutMillis = timeoutMillis;
      this.partsDir = partsDir;
    }

    @StartBundle
    public void startBundle() {
      parts = new PartsBuffer(Paths.get(partsDir));
    }

    @ProcessElement
    public void process(@Element List<KV<String, String>> batch) throws IOException {
      for (KV<String, String> file : batch) {
        RunMetrics.FILES_READ.inc();
        FileExtraction x = FileExtraction.of(file.getKey(), Paths.get(file.getValue()), maxBytes, timeoutMillis);
        if (x.rejection() != null) {
          RunMetrics.REJECTED.inc();
        } else {
          RunMetrics.ARTICLES.inc();
          RunMetrics.ENTRIES.inc(x.mentions().size());
        }
        FileRows.add(parts, x);
      }
    }

    @FinishBundle
    public void finishBundle() throws IOException {
      parts.flush();
    }
  }
}
