package dev.atlas.pipeline;

import dev.atlas.dataset.SortedParts;
import dev.atlas.dataset.TableRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes every table as sorted part files under a parts folder ({@code <table>/part-<hash>}), one
 * per bundle, with no grouping: the run command's k-way merge orders them, so no step holds a
 * whole table. Mentions are written twice, in article order (mentions.csv) and in project order
 * (the runs the projects are folded from). A part is named by a digest of its rows, and the merge drops repeated identical
 * rows, so a bundle the runner retries cannot duplicate data.
 */
public final class WriteDataset extends PTransform<PCollectionTuple, PDone> {
  private final String partsDir;

  /** Writes parts into {@code partsDir}. */
  public WriteDataset(String partsDir) {
    this.partsDir = partsDir;
  }

  @Override
  public PDone expand(PCollectionTuple in) {
    in.get(Tags.MENTIONS).apply("WriteMentions",
        ParDo.of(new WritePartsFn<>(partsDir, TableRows.MENTION_PARTS, TableRows::mention)));
    in.get(Tags.MENTIONS).apply("WriteMentionsOfProjects",
        ParDo.of(new WritePartsFn<>(partsDir, TableRows.PROJECT_MENTION_PARTS, TableRows::mentionOfProject)));
    in.get(Tags.ARTICLE_ROWS).apply("WriteArticles",
        ParDo.of(new WritePartsFn<>(partsDir, TableRows.ARTICLE_PARTS, TableRows::article)));
    in.get(Tags.REJECTED).apply("WriteRejected",
        ParDo.of(new WritePartsFn<>(partsDir, TableRows.REJECTED_PARTS, TableRows::rejected)));
    return PDone.in(in.getPipeline());
  }

  /** Collects a bundle's rows of one table and writes them as one sorted part when it ends. */
  static final class WritePartsFn<T> extends DoFn<T, Void> {
    private final String partsDir;
    private final String table;
    private final SerializableFunction<T, SortedParts.Row> render;
    private transient List<SortedParts.Row> rows;

    WritePartsFn(String partsDir, String table, SerializableFunction<T, SortedParts.Row> render) {
      this.partsDir = partsDir;
      this.table = table;
      this.render = render;
    }

    @StartBundle
    public void startBundle() {
      rows = new ArrayList<>();
    }

    @ProcessElement
    public void process(@Element T record) {
      rows.add(render.apply(record));
    }

    @FinishBundle
    public void finishBundle() {
      if (rows.isEmpty()) {
        return;
      }
      rows.sort(SortedParts.ORDER);
      try {
        SortedParts.write(Paths.get(partsDir, table, "part-" + digest(rows)), rows);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write a part of " + table, e);
      }
      rows = new ArrayList<>();
    }

    private static String digest(List<SortedParts.Row> rows) {
      try {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (SortedParts.Row r : rows) {
          md.update(r.key().getBytes(StandardCharsets.UTF_8));
          md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest(), 0, 12);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
