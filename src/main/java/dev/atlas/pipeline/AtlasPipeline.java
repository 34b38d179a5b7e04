package dev.atlas.pipeline;

import dev.atlas.article.Rejection;
import dev.atlas.dataset.ArticleRow;
import dev.atlas.dataset.DatasetFiles;
import dev.atlas.dataset.Mention;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The Atlas graph: match → ExtractArticles → ResolveProjects → WriteDataset. Reads
 * like the stages it runs; each stage is a composite transform over plain-Java logic.
 */
public final class AtlasPipeline {
  private AtlasPipeline() {}

  /**
   * Adds the graph to {@code p}: {@code files} maps each file's name in the dataset to its path;
   * mentions and article rows of a previous dataset are carried and resolved with the new ones;
   * sorted parts go to {@code partsDir}. Returns the pipeline's main collections, for tests.
   */
  public static PCollectionTuple build(Pipeline p, List<KV<String, String>> files, String partsDir,
      List<Mention> previous, List<ArticleRow> previousArticles, AtlasOptions options) {
    registerCoders(p.getCoderRegistry());
    int shards = options.getShards();
    PCollection<KV<String, String>> matched =
        p.apply("MatchedFiles", Create.of(files).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    PCollectionTuple found = matched.apply("ExtractArticles",
        new ExtractArticles(options.getMaxFileBytes(), options.getFileTimeoutMillis(), readShards(files.size(), shards)));
    PCollection<Mention> carried =
        p.apply("PreviousMentions", Create.of(previous).withCoder(RecordCoder.of(Mention.SCHEMA)));
    PCollection<Mention> resolved =
        PCollectionList.of(found.get(Tags.MENTIONS)).and(carried)
            .apply("NewAndPrevious", Flatten.pCollections())
            .apply("ResolveProjects", new ResolveProjects(shards));
    PCollection<Rejection> rejected = found.get(Tags.REJECTED);
    PCollection<ArticleRow> articleRows =
        PCollectionList.of(found.get(Tags.ARTICLE_ROWS))
            .and(p.apply("PreviousArticles", Create.of(previousArticles).withCoder(RecordCoder.of(ArticleRow.SCHEMA))))
            .apply("NewAndPreviousArticles", Flatten.pCollections());
    PCollectionTuple dataset =
        PCollectionTuple.of(Tags.MENTIONS, resolved)
            .and(Tags.ARTICLE_ROWS, articleRows)
            .and(Tags.REJECTED, rejected);
    dataset.apply("WriteDataset", new WriteDataset(partsDir));
    return dataset;
  }

  /**
   * Shards for spreading files over workers: about 200 files each, so each worker's bundle of
   * mentions and rows stays small on a runner that materializes whole bundles (the DirectRunner);
   * at least {@code shards}, but no more than there are files (the DirectRunner pays for every key).
   */
  static int readShards(int files, int shards) {
    return Math.max(Math.min(files, shards), Math.min(FILES_PER_READ_SHARD_CAP, files / FILES_PER_READ_SHARD));
  }

  private static final int FILES_PER_READ_SHARD = 200;
  private static final int FILES_PER_READ_SHARD_CAP = 1024;

  /** Registers the coders of Atlas's records. */
  static void registerCoders(CoderRegistry registry) {
    registry.registerCoderForClass(Rejection.class, RecordCoder.of(DatasetFiles.REJECTION));
    registry.registerCoderForClass(Mention.class, RecordCoder.of(Mention.SCHEMA));
    registry.registerCoderForClass(ArticleRow.class, RecordCoder.of(ArticleRow.SCHEMA));
  }
}
