package dev.atlas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atlas.dataset.DatasetReader;
import dev.atlas.dataset.Json;
import dev.atlas.testing.AtlasCli;
import dev.atlas.testing.TestArticles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command on the sample articles, end to end, files read back and checked. */
class RunEndToEndTest {
  @TempDir static Path tmp;
  static Path clean;
  static Path out;

  @BeforeAll
  static void runOnSamples() throws Exception {
    clean = tmp.resolve("clean");
    Files.createDirectories(clean);
    try (Stream<Path> s = Files.list(Path.of("input"))) {
      for (Path p : s.toList()) {
        Files.copy(p, clean.resolve(p.getFileName()));
      }
    }
    out = tmp.resolve("out");
    assertEquals(0, AtlasCli.run("--input", clean.toString(), "--output", out.toString(), "--quiet"));
  }

  private static Map<String, CSVRecord> byKey(Path file, String... key) throws Exception {
    Map<String, CSVRecord> map = new TreeMap<>();
    for (CSVRecord r : DatasetReader.csv(file)) {
      map.put(Stream.of(key).map(r::get).collect(Collectors.joining("#")), r);
    }
    return map;
  }

  @Test
  void writesRealValuesFromTheSamples() throws Exception {
    Map<String, CSVRecord> mentions = byKey(out.resolve("mentions.csv"), "article_file", "position");
    assertEquals(57, mentions.size());
    CSVRecord npmt = mentions.get("001_6368961a8485f5aa.txt#1");
    assertEquals("posenhuang/npmt", npmt.get("repo"));
    assertEquals("https://github.com/posenhuang/NPMT", npmt.get("url"));
    assertEquals("68", npmt.get("stars"));
    assertEquals("10", npmt.get("rank"));
    assertEquals("Posenhuang等（微软研究院）", npmt.get("author"));
    CSVRecord psychlab = mentions.get("001_6368961a8485f5aa.txt#5");
    assertEquals("deepmind/lab", psychlab.get("repo"));
    assertEquals("game_scripts/levels/contributed/psychlab", psychlab.get("path"));
    CSVRecord tdengine = mentions.get("002_154f7435cce7b168.txt#3");
    assertEquals("10000", tdengine.get("stars"));
    assertEquals("true", tdengine.get("stars_approx"));
    assertEquals("big-data", tdengine.get("domains_explicit"));
    CSVRecord wavenet = mentions.get("003_66413a4b2125b410.txt#3");
    assertEquals("WaveNet", wavenet.get("name"));
    assertEquals("nlp", wavenet.get("domains_explicit"));
    assertEquals("TensorFlow", wavenet.get("framework"));
    assertEquals("bert-as-service", mentions.get("004_007e3851fd1a0829.txt#3").get("name"));

    Map<String, CSVRecord> projects = byKey(out.resolve("projects.csv"), "project_id");
    assertEquals(54, projects.size());
    CSVRecord detectron = projects.get("github:facebookresearch/detectron");
    assertEquals("2", detectron.get("article_count"));
    assertEquals("11248", detectron.get("stars"));
    assertEquals("2", projects.get("name:magenta").get("article_count"));
    assertEquals("10164", projects.get("name:magenta").get("stars"));

    Map<String, CSVRecord> articles = byKey(out.resolve("articles.csv"), "file");
    assertEquals("2018-12-03", articles.get("004_007e3851fd1a0829.txt").get("published"));
    assertEquals("zh", articles.get("004_007e3851fd1a0829.txt").get("language"));
    assertEquals("UTF-8", articles.get("004_007e3851fd1a0829.txt").get("encoding"));
    assertEquals("25", articles.get("000_200dd771813db903.txt").get("entry_count"));

    JsonNode json = Json.MAPPER.readTree(out.resolve("projects.json").toFile());
    assertEquals(54, json.size());
    JsonNode run = Json.MAPPER.readTree(out.resolve("run.json").toFile());
    assertEquals(1, run.path("schema_version").asInt());
    assertEquals(5, run.path("counts").path("files_matched").asInt());
    assertEquals(57, run.path("counts").path("entries").asInt());
  }

  @Test
  void rerunIsByteIdenticalAndItsSummaryGivesTheCounts() throws Exception {
    Path again = tmp.resolve("again");
    PrintStream saved = System.err;
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      assertEquals(0, AtlasCli.run("--input", clean.toString(), "--output", again.toString(), "--shards=3",
          "--targetParallelism=1"));
    } finally {
      System.setErr(saved);
    }
    String summary = stderr.toString(StandardCharsets.UTF_8);
    assertTrue(summary.startsWith("atlas run: 5 files matched, 5 articles parsed, 57 entries found, 54 projects after dedup,"
        + " 0 files rejected, "), summary);
    for (String f : List.of("mentions.csv", "projects.csv", "projects.json", "articles.csv", "rejected.csv",
        "stars_history.csv")) {
      assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
    }
  }

  @Test
  void badFilesAreRejectedAndTheRestIsUnchanged() throws Exception {
    Path mixed = tmp.resolve("mixed");
    Files.createDirectories(mixed);
    try (Stream<Path> s = Files.list(clean)) {
      for (Path p : s.toList()) {
        Files.copy(p, mixed.resolve(p.getFileName()));
      }
    }
    Files.write(mixed.resolve("empty.md"), new byte[0]);
    Files.write(mixed.resolve("photo.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    Files.writeString(mixed.resolve("news.md"), "# 一则新闻\n\n今天发布了新版本，性能提升明显，社区反响热烈。\n");
    Path mixedOut = tmp.resolve("mixed-out");
    assertEquals(0, AtlasCli.run("--input", mixed.toString(), "--output", mixedOut.toString(), "--quiet"));
    Map<String, CSVRecord> rejected = byKey(mixedOut.resolve("rejected.csv"), "file");
    assertEquals(List.of("empty.md", "photo.md"), List.copyOf(rejected.keySet()));
    assertEquals("empty", rejected.get("empty.md").get("reason"));
    assertEquals("binary", rejected.get("photo.md").get("reason"));
    assertEquals("0", byKey(mixedOut.resolve("articles.csv"), "file").get("news.md").get("entry_count"));
    assertArrayEquals(Files.readAllBytes(out.resolve("mentions.csv")), Files.readAllBytes(mixedOut.resolve("mentions.csv")));
    assertArrayEquals(Files.readAllBytes(out.resolve("projects.json")), Files.readAllBytes(mixedOut.resolve("projects.json")));
  }

  /**
   * The reasons no ordinary file gives: a file over its time budget, a file whose read fails even
   * for root (a link to /proc/self/mem, which cannot be read from offset 0), and a FIFO.
   */
  @Test
  void timedOutUnreadableAndNonRegularFilesAreRejectedWithTheirReasons() throws Exception {
    assumeTrue(Files.isRegularFile(Path.of("/proc/self/mem")), "no /proc/self/mem to link to: not Linux");
    Path odd = Files.createDirectories(tmp.resolve("odd"));
    Files.writeString(odd.resolve("big.md"), TestArticles.longList(40_000));
    Files.createSymbolicLink(odd.resolve("mem.md"), Path.of("/proc/self/mem"));
    Process mkfifo = new ProcessBuilder("mkfifo", odd.resolve("pipe.md").toString()).inheritIO().start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
    Path oddOut = tmp.resolve("odd-out");

    assertEquals(0, AtlasCli.run("--input", odd.toString(), "--output", oddOut.toString(), "--quiet",
        "--file-timeout-ms=1"));

    assertEquals(List.of("big.md|timeout|parsing took longer than 1 ms", "mem.md|unreadable|IOException: Input/output error",
            "pipe.md|not_a_file|not a regular file"),
        DatasetReader.csv(oddOut.resolve("rejected.csv")).stream()
            .map(r -> r.get("file") + "|" + r.get("reason") + "|" + r.get("detail")).toList());
    assertEquals(List.of(), DatasetReader.csv(oddOut.resolve("articles.csv")));
  }

  @Test
  void missingOrEmptyInputExitsTwoAndWritesNothing() throws Exception {
    Path nowhere = tmp.resolve("nowhere-out");
    assertEquals(2, AtlasCli.run("--input", tmp.resolve("no-such-folder").toString(), "--output", nowhere.toString(), "--quiet"));
    Path emptyDir = Files.createDirectories(tmp.resolve("empty-in"));
    assertEquals(2, AtlasCli.run("--input", emptyDir.toString(), "--output", nowhere.toString(), "--quiet"));
    assertFalse(Files.exists(nowhere));
  }

  @Test
  void refusesToReplaceAFolderThatIsNotADataset() throws Exception {
    Path precious = Files.createDirectories(tmp.resolve("precious"));
    Files.writeString(precious.resolve("thesis.docx"), "mine");
    assertEquals(2, AtlasCli.run("--input", clean.toString(), "--output", precious.toString(), "--quiet"));
    assertTrue(Files.exists(precious.resolve("thesis.docx")));
  }

  @Test
  void aDatasetWithItsReportIsReplacedByTheNextRun() throws Exception {
    Path out = tmp.resolve("with-report");
    assertEquals(0, AtlasCli.run("--input", clean.toString(), "--output", out.toString(), "--quiet"));
    assertEquals(0, Atlas.execute("report", out.toString()));
    assertTrue(Files.exists(out.resolve("report.html")));
    assertEquals(0, AtlasCli.run("--input", clean.toString(), "--output", out.toString(), "--quiet"));
    assertFalse(Files.exists(out.resolve("report.html")), "the page of the old dataset goes with it");
    assertTrue(Files.exists(out.resolve("projects.parquet")));
  }
}
