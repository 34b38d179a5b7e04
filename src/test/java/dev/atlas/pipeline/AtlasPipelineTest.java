package dev.atlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.atlas.dataset.ArticleRow;
import dev.atlas.dataset.DatasetFiles;
import dev.atlas.dataset.Mention;
import dev.atlas.dataset.RecordSchema;
import dev.atlas.dataset.SortedParts;
import dev.atlas.dataset.TableRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtlasPipelineTest {
  @Test
  void extractWritesEachFilesRowsAsPartsAndCountsItInMetrics(@TempDir Path dir) throws Exception {
    Path good = Files.writeString(dir.resolve("good.md"),
        "# T\n\n## [Alpha](https://github.com/a/alpha)\n\nAlpha has 1,200 stars.\n\n## [Beta](https://github.com/b/beta)\n\nBeta.\n");
    Path empty = Files.write(dir.resolve("empty.md"), new byte[0]);
    Path parts = Files.createDirectory(dir.resolve("parts"));
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    p.apply(Create.of(List.of(KV.of("good.md", good.toString()), KV.of("empty.md", empty.toString())),
            List.of(KV.of("gone.md", dir.resolve("gone.md").toString()))))
        .apply(new ExtractArticles(1 << 20, 10_000, 4, parts.toString()));
    PipelineResult result = p.run();
    result.waitUntilFinish();

    assertEquals(List.of("empty.md:empty", "gone.md:vanished"),
        read(parts, TableRows.REJECTED_PARTS, DatasetFiles.REJECTION).stream().map(r -> r.file() + ":" + r.reason().label()).toList());
    assertEquals(List.of("1:a/alpha:1200:github:a/alpha", "2:b/beta:null:github:b/beta"),
        read(parts, TableRows.MENTION_PARTS, Mention.SCHEMA).stream()
            .map(m -> m.position() + ":" + m.repo() + ":" + m.stars() + ":" + m.projectId()).toList());
    assertEquals(read(parts, TableRows.MENTION_PARTS, Mention.SCHEMA), read(parts, TableRows.PROJECT_MENTION_PARTS, Mention.SCHEMA));
    List<ArticleRow> articles = read(parts, TableRows.ARTICLE_PARTS, ArticleRow.SCHEMA);
    assertEquals(List.of("good.md:2"), articles.stream().map(a -> a.file() + ":" + a.entryCount()).toList());
    assertFalse(Files.exists(parts.resolve(TableRows.NAME_ONLY_PARTS)), "every entry links: nothing waits for the name join");
    assertEquals(Optional.of(new RunMetrics(3, 1, 2, 2)), RunMetrics.of(result));
    assertEquals("atlas run: 12 s, 3 of 3 files read", Progress.line(12, result, 3));
    assertEquals("atlas run: 12 s, 3 files to read", Progress.line(12, null, 3));
  }

  @Test
  void filesAreSpreadOverAboutFiveHundredEachButNoMoreShardsThanFiles() {
    assertEquals(5, AtlasPipeline.readShards(5, 16));
    assertEquals(16, AtlasPipeline.readShards(1_000, 16));
    assertEquals(100, AtlasPipeline.readShards(50_000, 16));
    assertEquals(1024, AtlasPipeline.readShards(2_000_000, 16));
  }

  private static <T extends Record> List<T> read(Path parts, String table, RecordSchema<T> schema) throws IOException {
    List<T> rows = new ArrayList<>();
    SortedParts.merge(parts.resolve(table), row -> rows.add(schema.fromBytes(row.data())));
    return rows;
  }
}
