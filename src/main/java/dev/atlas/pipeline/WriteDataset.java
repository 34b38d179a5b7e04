package dev.atlas.pipeline;

import dev.atlas.article.Rejection;
import dev.atlas.dataset.ArticleRow;
import dev.atlas.dataset.Csv;
import dev.atlas.dataset.Json;
import dev.atlas.dataset.Mention;
import dev.atlas.dataset.Project;
import dev.atlas.dataset.SortedParts;
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
 * run command merges them into the final files. Rows are rendered here, so merging is a plain
 * streaming k-way merge.
 */
public final class WriteDataset extends PTransform<PCollectionTuple, PDone> {
  /** Part folder of mentions.csv rows. */
  public static final String MENTIONS = "mentions";
  /** Part folder of projects.csv rows. */
  public static final String PROJECTS_CSV = "projects_csv";
  /** Part folder of projects.json objects. */
  public static final String PROJECTS_JSON = "projects_json";
  /** Part folder of articles.csv rows. */
  public static final String ARTICLES = "articles";
  /** Part folder of rejected.csv rows. */
  public static final String REJECTED = "rejected";
  /** Part folder of stars_history.csv rows. */
  public static final String STARS_HISTORY = "stars_history";

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
        ParDo.of(new RenderFn<>(MENTIONS, shards, Mention::sortKey, m -> Csv.record(m.cells())))));
    PCollection<Project> projects = in.get(Tags.PROJECTS);
    rows.add(projects.apply("RenderProjectsCsv",
        ParDo.of(new RenderFn<>(PROJECTS_CSV, shards, Project::projectId, p -> Csv.record(p.cells())))));
    rows.add(projects.apply("RenderProjectsJson",
        ParDo.of(new RenderFn<>(PROJECTS_JSON, shards, Project::projectId, Json::project))));
    rows.add(projects.apply("RenderStarsHistory", ParDo.of(new StarsHistoryFn(shards))));
    rows.add(in.get(Tags.ARTICLE_ROWS).apply("RenderArticles",
        ParDo.of(new RenderFn<>(ARTICLES, shards, ArticleRow::file, a -> Csv.record(a.cells())))));
    rows.add(in.get(Tags.REJECTED).apply("RenderRejected",
        ParDo.of(new RenderFn<>(REJECTED, shards, Rejection::file,
            r -> Csv.record(List.of(r.file(), r.reason().label(), r.detail()))))));
    PCollectionList.of(rows)
        .apply("AllRows", Flatten.pCollections())
        .apply("GroupByPart", GroupByKey.create())
        .apply("WriteSortedPart", ParDo.of(new WritePartFn(partsDir)));
    return PDone.in(in.getPipeline());
  }

  /** Renders a record into (part, (sort key, text)). */
  static final class RenderFn<T> extends DoFn<T, KV<String, KV<String, String>>> {
    private final String table;
    private final int shards;
    private final SerializableFunction<T, String> key;
    private final SerializableFunction<T, String> text;

    RenderFn(String table, int shards, SerializableFunction<T, String> key, SerializableFunction<T, String> text) {
      this.table = table;
      this.shards = shards;
      this.key = key;
      this.text = text;
    }

    @ProcessElement
    public void process(@Element T record, OutputReceiver<KV<String, KV<String, String>>> out) {
      String k = key.apply(record);
      out.output(KV.of(part(table, ProjectKeys.shard(k, shards)), KV.of(k, text.apply(record))));
    }
  }

  /** Renders the dated star figures of a project's mentions as stars_history rows. */
  static final class StarsHistoryFn extends DoFn<Project, KV<String, KV<String, String>>> {
    private final int shards;

    StarsHistoryFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element Project p, OutputReceiver<KV<String, KV<String, String>>> out) {
      for (Mention m : p.mentions()) {
        if (m.stars() == null) {
          continue;
        }
        String key = p.projectId() + "\u0000" + m.published() + "\u0000" + m.sortKey();
        String row = Csv.record(List.of(p.projectId(), m.published(), m.stars().toString(), m.articleFile()));
        out.output(KV.of(part(STARS_HISTORY, ProjectKeys.shard(p.projectId(), shards)), KV.of(key, row)));
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

  static String part(String table, int shard) {
    return table + "/part-" + String.format("%05d", shard);
  }
}
