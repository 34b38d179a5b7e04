package dev.atlas.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.article.Article;
import dev.atlas.article.ArticleReader;
import dev.atlas.extract.Entry;
import dev.atlas.extract.EntryFinder;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final int N = 30;
  private static final long SEED = 42;

  @TempDir static Path shared;
  private static Path corpus;
  private static Truth truth;

  @BeforeAll
  static void generateOnce() throws IOException {
    corpus = shared.resolve("corpus");
    truth = CorpusGenerator.generate(corpus, N, SEED);
  }

  @Test
  void sameSeedWritesIdenticalBytes(@TempDir Path tmp) throws Exception {
    Path again = tmp.resolve("corpus");
    Truth second = CorpusGenerator.generate(again, N, SEED);
    assertEquals(hashes(corpus), hashes(again));
    assertEquals(sha(truth.truthFile()), sha(second.truthFile()));
    assertEquals(truth.toString().replace(shared.toString(), ""), second.toString().replace(tmp.toString(), ""));
  }

  @Test
  void differentSeedsWriteDifferentCorpora(@TempDir Path tmp) throws Exception {
    Path other = tmp.resolve("corpus");
    Truth second = CorpusGenerator.generate(other, N, SEED + 1);
    Map<String, String> a = hashes(corpus);
    Map<String, String> b = hashes(other);
    long same = a.entrySet().stream().filter(e -> e.getValue().equals(b.get(e.getKey()))).count();
    assertEquals(0, same, "files identical across seeds");
    assertNotEquals(sha(truth.truthFile()), sha(second.truthFile()));
  }

  @Test
  void writesTruthBesideTheFolderNotInIt() throws IOException {
    assertEquals(shared.resolve("corpus.truth.tsv"), truth.truthFile());
    assertEquals(N, articleFiles().size());
    assertTrue(articleFiles().stream().allMatch(p -> p.getFileName().toString().matches("a\\d{7}\\.(md|html|txt)")));
  }

  /** Seed 42 always writes the same corpus: these are its sizes, so a change to the generator shows here. */
  @Test
  void seed42WritesTheCorpusItAlwaysWrote() throws IOException {
    long total = 0;
    long smallest = Long.MAX_VALUE;
    long largest = 0;
    for (Path p : articleFiles()) {
      long size = Files.size(p);
      total += size;
      smallest = Math.min(smallest, size);
      largest = Math.max(largest, size);
    }
    assertEquals(List.of(388_630L, 6_352L, 18_097L), List.of(total, smallest, largest), "bytes: total, smallest, largest");
    assertEquals("30 files, 253 entries, 239 distinct repos, 20 recurring entries, 388630 bytes",
        truth.toString().substring(0, truth.toString().indexOf(" -> ")));
  }

  @Test
  void everyFileIsFiveToTwentyKilobytes() throws IOException {
    for (Path p : articleFiles()) {
      long size = Files.size(p);
      assertTrue(size >= 5 * 1024 && size <= 20_000, p.getFileName() + " has " + size + " bytes");
    }
  }

  @Test
  void rotatesLayoutsInEqualShares() throws IOException {
    Map<String, Long> byExtension = articleFiles().stream()
        .collect(Collectors.groupingBy(p -> p.getFileName().toString().replaceAll(".*\\.", ""), TreeMap::new, Collectors.counting()));
    // 7 layouts: 5 write .md, 1 .html, 1 .txt; 30 files is 4 full rounds plus 2.
    assertEquals(Map.of("html", 5L, "md", 20L, "txt", 5L), byExtension);
  }

  @Test
  void truthListsFiveToTwelveEntriesPerFile() throws IOException {
    Map<String, List<String[]>> byFile = truthByFile();
    assertEquals(N, byFile.size());
    assertEquals(253, truth.entries());
    assertEquals(List.of(6, 7, 10, 7, 6, 5, 12, 9, 9, 7, 7, 10, 12, 8, 11, 11, 8, 8, 9, 12, 8, 8, 12, 10, 9, 6, 5, 9, 7, 5),
        byFile.values().stream().map(List::size).toList(), "entries per file, in file order");
    assertEquals(truth.entries(), byFile.values().stream().mapToInt(List::size).sum());
    byFile.forEach((file, rows) -> {
      assertTrue(rows.size() >= 5 && rows.size() <= 12, file + " has " + rows.size() + " entries");
      for (int i = 0; i < rows.size(); i++) {
        assertEquals(Integer.toString(i + 1), rows.get(i)[1], file + " positions");
        assertTrue(rows.get(i)[2].matches("[a-z0-9-]+/[a-z0-9-]+"), rows.get(i)[2]);
      }
    });
  }

  @Test
  void extractorFindsExactlyTheTruth() throws Exception {
    Map<String, List<String[]>> expected = truthByFile();
    List<String> problems = new ArrayList<>();
    for (Path p : articleFiles()) {
      String file = p.getFileName().toString();
      List<String> want = expected.get(file).stream().map(r -> r[2] + " " + r[3]).toList();
      List<String> got = extract(p).stream().map(CorpusGeneratorTest::repoAndStars).toList();
      if (!want.equals(got)) {
        problems.add(file + "\n  want " + want + "\n  got  " + got);
      }
    }
    assertTrue(problems.isEmpty(), problems.size() + " files differ:\n" + String.join("\n", problems));
  }

  @Test
  void truthCheckScoresExtractionAndNoticesAMiss(@TempDir Path tmp) throws Exception {
    Path mentions = tmp.resolve("mentions.csv");
    writeMentions(mentions, false);
    TruthCheck.Result perfect = TruthCheck.check(truth.truthFile(), mentions);
    assertEquals(truth.entries(), perfect.matched(), perfect.toString());
    assertEquals(1.0, perfect.f1());
    assertEquals(1.0, perfect.repoAccuracy());
    assertEquals(1.0, perfect.starsAccuracy());

    writeMentions(mentions, true);
    TruthCheck.Result missing = TruthCheck.check(truth.truthFile(), mentions);
    assertEquals(truth.entries() - 1, missing.matched(), missing.toString());
    assertEquals(1.0, missing.precision());
    assertTrue(missing.recall() < 1.0 && missing.repoAccuracy() < 1.0, missing.toString());
  }

  /** Writes the in-process extraction as mentions.csv; {@code dropFirst} leaves out entry 1 of the first file. */
  private static void writeMentions(Path out, boolean dropFirst) throws Exception {
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("article_file", "position", "repo", "stars").get())) {
      boolean first = true;
      for (Path p : articleFiles()) {
        List<Entry> entries = extract(p);
        for (int i = first && dropFirst ? 1 : 0; i < entries.size(); i++) {
          Entry e = entries.get(i);
          csv.printRecord(p.getFileName().toString(), i + 1, e.repo() == null ? "" : e.repo().key(),
              e.stars() == null ? "" : Long.toString(e.stars().value()));
        }
        first = false;
      }
    }
  }

  private static List<Entry> extract(Path p) throws Exception {
    Article article = ArticleReader.read(p, 20_000_000);
    return EntryFinder.find(article);
  }

  private static String repoAndStars(Entry e) {
    return (e.repo() == null ? "-" : e.repo().key()) + " " + (e.stars() == null ? "" : Long.toString(e.stars().value()));
  }

  private static Map<String, List<String[]>> truthByFile() throws IOException {
    Map<String, List<String[]>> byFile = new TreeMap<>();
    for (String line : Files.readAllLines(truth.truthFile(), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      assertEquals(4, f.length, line);
      byFile.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
    }
    return byFile;
  }

  private static List<Path> articleFiles() throws IOException {
    try (Stream<Path> s = Files.list(corpus)) {
      return s.sorted().toList();
    }
  }

  private static Map<String, String> hashes(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        out.put(p.getFileName().toString(), sha(p));
      }
    }
    return out;
  }

  private static String sha(Path p) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }
}
