package dev.atlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.atlas.dataset.Mention;
import dev.atlas.resolve.ProjectKeys;
import dev.atlas.testing.Rows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtlasPipelineTest {
  private static Pipeline pipeline() {
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    AtlasPipeline.registerCoders(p.getCoderRegistry());
    return p;
  }

  private static Mention mention(String file, String name, String repo) {
    String id = repo.isEmpty() ? ProjectKeys.ofName(name) : "github:" + repo;
    return Rows.of(Mention.SCHEMA, "article_file", file, "position", "1", "project_id", id, "name", name, "heading", name,
        "repo", repo, "url", repo.isEmpty() ? "" : "https://github.com/" + repo, "line", "1");
  }

  @Test
  void resolveProjectsJoinsNameOnlyMentionsAcrossShards() {
    Pipeline p = pipeline();
    PCollection<Mention> in = p.apply(Create.of(
            mention("a.md", "Detectron", "facebookresearch/detectron"),
            mention("b.md", "Detectron", ""),
            mention("c.md", "Magenta", ""),
            mention("d.md", "magenta", ""))
        .withCoder(RecordCoder.of(Mention.SCHEMA)));
    PCollection<Mention> out = in.apply(new ResolveProjects(4));
    PAssert.that(out).satisfies(mentions -> {
      List<String> ids = StreamSupport.stream(mentions.spliterator(), false)
          .map(m -> m.articleFile() + " " + m.projectId()).sorted().toList();
      assertEquals(List.of("a.md github:facebookresearch/detectron", "b.md github:facebookresearch/detectron",
          "c.md name:magenta", "d.md name:magenta"), ids);
      return null;
    });
    p.run().waitUntilFinish();
  }

  @Test
  void extractSendsBadFilesToRejectedAndGoodOnesOnAndCountsThemInMetrics(@TempDir Path dir) throws Exception {
    Path good = Files.writeString(dir.resolve("good.md"),
        "# T\n\n## [Alpha](https://github.com/a/alpha)\n\nAlpha has 1,200 stars.\n\n## [Beta](https://github.com/b/beta)\n\nBeta.\n");
    Path empty = Files.write(dir.resolve("empty.md"), new byte[0]);
    Pipeline p = pipeline();
    PCollectionTuple found = p.apply(Create.of(
            KV.of("good.md", good.toString()), KV.of("empty.md", empty.toString()), KV.of("gone.md", dir.resolve("gone.md").toString())))
        .apply(new ExtractArticles(1 << 20, 10_000, 4));
    PAssert.that(found.get(Tags.REJECTED)).satisfies(rs -> {
      List<String> got = StreamSupport.stream(rs.spliterator(), false)
          .map(r -> r.file() + ":" + r.reason().label()).sorted().toList();
      assertEquals(List.of("empty.md:empty", "gone.md:vanished"), got);
      return null;
    });
    PAssert.that(found.get(Tags.MENTIONS)).satisfies(ms -> {
      List<String> got = StreamSupport.stream(ms.spliterator(), false)
          .map(m -> m.position() + ":" + m.repo() + ":" + m.stars()).sorted().toList();
      assertEquals(List.of("1:a/alpha:1200", "2:b/beta:null"), got);
      return null;
    });
    PAssert.thatSingleton(found.get(Tags.ARTICLE_ROWS)).satisfies(row -> {
      assertEquals("good.md", row.file());
      assertEquals(2, row.entryCount());
      return null;
    });
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertEquals(Optional.of(new RunMetrics(3, 1, 2, 2)), RunMetrics.of(result));
    assertEquals("atlas run: 12 s, 3 of 3 files read", Progress.line(12, result, 3));
    assertEquals("atlas run: 12 s, 3 files to read", Progress.line(12, null, 3));
  }
}
