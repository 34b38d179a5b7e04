package dev.atlas.pipeline;

import dev.atlas.dataset.SortedParts;
import dev.atlas.dataset.TableRows;
import dev.atlas.resolve.ProjectKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes every table as sorted part files under a parts folder ({@code <table>/part-NNNNN}); the
 * run command merges them into the final files. Rows are rendered by {@link TableRows}, so
 * merging is a plain streaming k-way merge.
 */
public final class WriteDataset extends PTransform<PCollectionTuple, PDone> {
  private final String partsDir;
  private final int shards;

  /** Writes parts into {@code partsDir}, {@code shards} parts per table. */
  public WriteDataset(String partsDir, int shards) {
    this.partsDir = partsDir;
    this.shards = shards;
  }

  @Override
  public PDone expand(PCollectionTuple in) {
    List<PCollection<KV<String, KV<String, String>>>> rows = new ArrayList<>();
    rows.add(in.get(Tags.MENTIONS).apply("RenderMentions",
        ParDo.of(new RenderFn<>(TableRows.MENTIONS, shards, m -> List.of(TableRows.mention(m))))));
    rows.add(in.get(Tags.PROJECTS).apply("RenderProjectsCsv",
        ParDo.of(new RenderFn<>(TableRows.PROJECTS_CSV, shards, p -> List.of(TableRows.projectCsv(p))))));
    rows.add(in.get(Tags.PROJECTS).apply("RenderProjectsJson",
        ParDo.of(new RenderFn<>(TableRows.PROJECTS_JSON, shards, p -> List.of(TableRows.projectJson(p))))));
    rows.add(in.get(Tags.PROJECTS).apply("RenderStarsHistory",
        ParDo.of(new RenderFn<>(TableRows.STARS_HISTORY, shards, TableRows::starsHistory))));
    rows.add(in.get(Tags.ARTICLE_ROWS).apply("RenderArticles",
        ParDo.of(new RenderFn<>(TableRows.ARTICLES, shards, a -> List.of(TableRows.article(a))))));
    rows.add(in.get(Tags.REJECTED).apply("RenderRejected",
        ParDo.of(new RenderFn<>(TableRows.REJECTED, shards, r -> List.of(TableRows.rejected(r))))));
    PCollectionList.of(rows)
        .apply("AllRows", Flatten.pCollections())
        .apply("GroupByPart", GroupByKey.create())
        .apply("WriteSortedPart", ParDo.of(new WritePartFn(partsDir)));
    return PDone.in(in.getPipeline());
  }

  /** Renders a record into (part, (sort key, text)) pairs. */
  static final class RenderFn<T> extends DoFn<T, KV<String, KV<String, String>>> {
    private final String table;
    private final int shards;
    private final SerializableFunction<T, List<SortedParts.Row>> render;

    RenderFn(String table, int shards, SerializableFunction<T, List<SortedParts.Row>> render) {
      this.table = table;
      this.shards = shards;
      this.render = render;
    }

    @ProcessElement
    public void process(@Element T record, OutputReceiver<KV<String, KV<String, String>>> out) {
      for (SortedParts.Row row : render.apply(record)) {
        String part = table + "/part-" + String.format("%05d", ProjectKeys.shard(row.key(), shards));
        out.output(KV.of(part, KV.of(row.key(), row.text())));
      }
    }
  }

  /** Sorts one part's rows and writes them. */
  static final class WritePartFn extends DoFn<KV<String, Iterable<KV<String, String>>>, Void> {
    private final String partsDir;

    WritePartFn(String partsDir) {
      this.partsDir = partsDir;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, String>>> part) {
      List<SortedParts.Row> rows = new ArrayList<>();
      for (KV<String, String> kv : part.getValue()) {
        rows.add(new SortedParts.Row(kv.getKey(), kv.getValue()));
      }
      try {
        SortedParts.write(Paths.get(partsDir, part.getKey()), rows);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write part " + part.getKey(), e);
      }
    }
  }
}
