package dev.atlas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atlas.dataset.DatasetReader;
import dev.atlas.dataset.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole run command on the hostile corpus mixed with the sample articles: every bad file has
 * its rejected row with the right reason, every hostile-but-valid file is an article, the samples'
 * entries are exactly those of a clean run, and the run stays within its bound.
 */
class HostilePipelineTest {
  private static final Duration BOUND = Duration.ofSeconds(120);

  @Test
  void badFilesAreRejectedGoodOnesUnchanged(@TempDir Path tmp) throws Exception {
    Path mixed = Files.createDirectories(tmp.resolve("mixed"));
    List<HostileCorpus.Expected> expected = HostileCorpus.write(mixed);
    Path clean = Files.createDirectories(tmp.resolve("clean"));
    try (Stream<Path> s = Files.list(Path.of("input"))) {
      for (Path p : s.toList()) {
        Files.copy(p, mixed.resolve(p.getFileName()));
        Files.copy(p, clean.resolve(p.getFileName()));
      }
    }
    Path out = tmp.resolve("out");
    Path cleanOut = tmp.resolve("clean-out");
    long start = System.nanoTime();
    int status = assertTimeoutPreemptively(BOUND, () -> AtlasCli.run("--input", mixed.toString(), "--output",
        out.toString(), "--quiet", "--max-file-bytes=" + HostileCorpus.SIZE_LIMIT));
    System.out.printf("hostile corpus + samples: %d files in %.1f s%n", expected.size() + 5, (System.nanoTime() - start) / 1e9);
    assertEquals(0, status);
    assertEquals(0, AtlasCli.run("--input", clean.toString(), "--output", cleanOut.toString(), "--quiet"));

    Map<String, String> rejected = new TreeMap<>();
    for (CSVRecord r : DatasetReader.csv(out.resolve("rejected.csv"))) {
      rejected.put(unneutralize(r.get("file")), r.get("reason"));
    }
    List<String> articles = DatasetReader.csv(out.resolve("articles.csv")).stream()
        .map(r -> unneutralize(r.get("file"))).toList();
    Map<String, Long> byReason = new TreeMap<>();
    for (HostileCorpus.Expected e : expected) {
      if (e.reason().equals(HostileCorpus.ARTICLE)) {
        assertEquals(true, articles.contains(e.file()), e.file() + " should be an article; rejected as " + rejected.get(e.file()));
      } else {
        assertEquals(e.reason(), rejected.get(e.file()), e.file());
        byReason.merge(e.reason(), 1L, Long::sum);
      }
    }
    System.out.println("rejected by reason: " + byReason);
    JsonNode run = Json.MAPPER.readTree(out.resolve("run.json").toFile());
    assertEquals(expected.size() + 5, run.path("counts").path("files_matched").asInt());
    assertEquals(run.path("counts").path("files_matched").asInt(),
        run.path("counts").path("articles").asInt() + run.path("counts").path("rejected").asInt());

    List<String> cleanRows = rowsOf(cleanOut, clean);
    List<String> mixedRows = rowsOf(out, clean);
    assertEquals(cleanRows, mixedRows);
  }

  /** The mentions.csv rows of the sample articles, without the project id (joins may differ). */
  private static List<String> rowsOf(Path dataset, Path samples) throws Exception {
    List<String> names;
    try (Stream<Path> s = Files.list(samples)) {
      names = s.map(p -> p.getFileName().toString()).toList();
    }
    return DatasetReader.csv(dataset.resolve("mentions.csv")).stream()
        .filter(r -> names.contains(r.get("article_file")))
        .map(r -> r.get("article_file") + "|" + r.get("position") + "|" + r.get("name") + "|" + r.get("repo") + "|"
            + r.get("stars") + "|" + r.get("domains_explicit"))
        .collect(Collectors.toList());
  }

  private static String unneutralize(String cell) {
    return cell.startsWith("'") && cell.length() > 1 && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
  }
}
