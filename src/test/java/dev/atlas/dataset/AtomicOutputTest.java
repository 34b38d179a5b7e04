package dev.atlas.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.resolve.ProjectBuilder;
import dev.atlas.testing.AtlasCli;
import dev.atlas.testing.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure while the dataset is assembled leaves the previous output exactly as it was. */
class AtomicOutputTest {
  @TempDir Path tmp;
  Path output;
  Map<String, byte[]> before;

  @BeforeEach
  void previousRun() throws Exception {
    output = tmp.resolve("output");
    assertEquals(0, AtlasCli.run("--input", "input", "--output", output.toString(), "--quiet"));
    before = Folders.snapshot(output);
  }

  @Test
  void corruptPartMidWriteLeavesPreviousOutputIntact() throws Exception {
    Path parts = Files.createDirectories(tmp.resolve(".output.staging/.parts"));
    SortedParts.write(parts.resolve(TableRows.MENTION_PARTS).resolve("part-00000"),
        List.of(new SortedParts.Row("a", new byte[] {1, 2, 3, 4}), new SortedParts.Row("b", new byte[] {5, 6, 7, 8})));
    Path part = parts.resolve(TableRows.MENTION_PARTS).resolve("part-00000");
    byte[] bytes = Files.readAllBytes(part);
    Files.write(part, java.util.Arrays.copyOf(bytes, bytes.length - 3));
    Path staging = tmp.resolve(".output.staging/dataset");
    assertThrows(IOException.class, () -> DatasetAssembler.assemble(parts, staging, output,
        new DatasetAssembler.RunInfo("t", "in", "DirectRunner", "", 2, 0), ProjectBuilder::build));
    assertUnchanged();
    assertFalse(Files.exists(staging.resolve("run.json")), "a half-written dataset must not look finished");
  }

  @Test
  void lostFileFailsTheRunAndLeavesPreviousOutputIntact() throws Exception {
    Path parts = Files.createDirectories(tmp.resolve(".output.staging2/.parts"));
    SortedParts.write(parts.resolve(TableRows.ARTICLE_PARTS).resolve("part-00000"),
        List.of(TableRows.article(new ArticleRow("0123456789abcdef", "a.md", "A", "en", "", "", "UTF-8", 0, "0123"))));
    Path staging = tmp.resolve(".output.staging2/dataset");
    var e = assertThrows(DatasetAssembler.AccountingException.class, () -> DatasetAssembler.assemble(parts, staging,
        output, new DatasetAssembler.RunInfo("t", "in", "DirectRunner", "", 2, 0), ProjectBuilder::build));
    assertTrue(e.getMessage().contains("a file was lost"));
    assertUnchanged();
  }

  @Test
  void successfulRunReplacesTheOutputWithTheNewDatasetAndLeavesNoStaging() throws Exception {
    Path next = Files.createDirectories(tmp.resolve("next-month"));
    Files.writeString(next.resolve("picks.md"), """
        # Two picks

        ## [Alpha](https://github.com/ann/alpha)

        Alpha has 1,200 stars.

        ## [Beta](https://github.com/bob/beta)

        Beta does more.
        """);
    assertEquals(0, AtlasCli.run("--input", next.toString(), "--output", output.toString(), "--quiet", "--shards=5"));
    assertEquals(before.keySet(), Folders.snapshot(output).keySet());
    assertEquals(List.of("picks.md|1|github:ann/alpha|Alpha|1200", "picks.md|2|github:bob/beta|Beta|"),
        DatasetReader.csv(output.resolve(DatasetFiles.MENTIONS_CSV)).stream()
            .map(r -> r.get("article_file") + "|" + r.get("position") + "|" + r.get("project_id") + "|" + r.get("name")
                + "|" + r.get("stars"))
            .toList());
    assertEquals(List.of("picks.md"),
        DatasetReader.csv(output.resolve(DatasetFiles.ARTICLES_CSV)).stream().map(r -> r.get("file")).toList());
    assertEquals(List.of("github:ann/alpha", "github:bob/beta"),
        DatasetReader.projects(output).stream().map(Project::projectId).toList());
    try (Stream<Path> s = Files.list(tmp)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().contains("staging-")), "staging left behind");
    }
  }

  private void assertUnchanged() throws IOException {
    Map<String, byte[]> after = Folders.snapshot(output);
    assertEquals(before.keySet(), after.keySet());
    for (String f : before.keySet()) {
      assertArrayEquals(before.get(f), after.get(f), f);
    }
  }
}
