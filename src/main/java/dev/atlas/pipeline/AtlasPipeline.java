package dev.atlas.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PDone;

/**
 * The Atlas graph: the matched files in batches, spread over read shards, each file read, parsed,
 * searched for entries and written as sorted parts ({@link ExtractArticles}). The job is map-only on purpose:
 * what it finds leaves as part files, not elements, so no runner holds the corpus's mentions. The
 * steps that need every file (the name join, folding projects, the dataset files) run on the
 * sorted parts after the job, by merges that hold one name or one project at a time.
 */
public final class AtlasPipeline {
  private AtlasPipeline() {}

  /**
   * Adds the graph to {@code p}: {@code files} maps each file's name in the dataset to its path;
   * sorted parts go to {@code partsDir}.
   */
  public static PDone build(Pipeline p, List<KV<String, String>> files, String partsDir, AtlasOptions options) {
    List<List<KV<String, String>>> batches = new ArrayList<>();
    for (int i = 0; i < files.size(); i += FILES_PER_BATCH) {
      batches.add(List.copyOf(files.subList(i, Math.min(files.size(), i + FILES_PER_BATCH))));
    }
    return p.apply("MatchedFiles",
            Create.of(batches).withCoder(ListCoder.of(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))))
        .apply("ExtractArticles", new ExtractArticles(options.getMaxFileBytes(), options.getFileTimeoutMillis(),
            readShards(files.size(), options.getShards()), partsDir));
  }

  /**
   * Files travel in batches of this many: the DirectRunner spends about 80 microseconds on every
   * element it creates, keys and groups, 4 s of a 50,000-file run when each file was an element.
   */
  static final int FILES_PER_BATCH = 25;

  /**
   * Shards for spreading files over workers: about {@value #FILES_PER_READ_SHARD} files each, at
   * least {@code shards} but no more than there are files (the DirectRunner pays about 9 ms for
   * every key it groups), and at most {@value #FILES_PER_READ_SHARD_CAP}.
   */
  static int readShards(int files, int shards) {
    return Math.max(Math.min(files, shards), Math.min(FILES_PER_READ_SHARD_CAP, files / FILES_PER_READ_SHARD));
  }

  private static final int FILES_PER_READ_SHARD = 500;
  private static final int FILES_PER_READ_SHARD_CAP = 1024;
}
