package dev.atlas.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.testing.AtlasCli;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On every article of every gold set, Atlas finds entries at least as well as what a user would
 * do without it: take every GitHub repository link in the text as one entry (the baseline of
 * ../shared/tools/naive_baseline.py, written again here so the test needs no Python).
 */
class NaiveBaselineTest {
  private static final Pattern GH = Pattern.compile("github\\.com/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)");

  @ParameterizedTest
  @ValueSource(strings = {"real", "seeds", "extraction", "holdout", "blind", "blind2", "blind3", "blind4", "blind5",
      "blind6", "blind7"})
  void atlasIsAtLeastTheNaiveBaselineOnEveryArticle(String set, @TempDir Path tmp) throws Exception {
    Path input;
    Path gold;
    if (set.equals("real")) {
      Assumptions.assumeTrue(Files.isDirectory(RealArticlesTest.REAL), "skipped: ../shared/real is not beside this clone");
      input = RealArticlesTest.REAL.resolve("articles");
      gold = RealArticlesTest.REAL.resolve("gold.json");
    } else if (set.equals("seeds")) {
      input = Path.of("input");
      gold = Path.of("src/test/resources/fixtures/seeds-gold.json");
    } else {
      input = Path.of("src/test/resources/fixtures", set);
      gold = input.resolve("gold.json");
    }
    Path atlas = tmp.resolve("atlas");
    assertEquals(0, AtlasCli.run("--input", input.toString(), "--output", atlas.toString(), "--quiet"));
    Path naive = tmp.resolve("naive");
    writeNaive(input, naive);
    Map<String, Double> ours = byArticle(GoldScorer.score(atlas, gold));
    Map<String, Double> baseline = byArticle(GoldScorer.score(naive, gold));
    List<String> worse = new ArrayList<>();
    baseline.forEach((file, f1) -> {
      double our = ours.getOrDefault(file, 0.0);
      System.out.printf(Locale.ROOT, "%-10s %-52s atlas %.3f naive %.3f%n", set, file, our, f1);
      if (our + 1e-9 < f1) {
        worse.add(file + " (atlas " + our + ", naive " + f1 + ")");
      }
    });
    assertTrue(worse.isEmpty(), "below the naive baseline: " + worse);
  }

  private static Map<String, Double> byArticle(Score s) {
    Map<String, Double> f1 = new TreeMap<>();
    s.articles().forEach(a -> f1.put(a.file(), a.f1()));
    return f1;
  }

  /** Writes the baseline's mentions.csv: each distinct repository link of a file, in order. */
  private static void writeNaive(Path input, Path out) throws Exception {
    Files.createDirectories(out);
    StringBuilder csv = new StringBuilder("article_file,position,project_id,name,heading,repo,url,stars,domains,domains_explicit\r\n");
    List<Path> files;
    try (Stream<Path> s = Files.list(input)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String raw = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      String text;
      try {
        text = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        text = raw;
      }
      Set<String> repos = new LinkedHashSet<>();
      Matcher m = GH.matcher(text);
      while (m.find()) {
        String repo = (m.group(1) + "/" + m.group(2)).toLowerCase(Locale.ROOT);
        repos.add(repo.endsWith(".git") ? repo.substring(0, repo.length() - 4) : repo);
      }
      int position = 0;
      for (String repo : repos) {
        position++;
        String name = repo.substring(repo.indexOf('/') + 1);
        csv.append(f.getFileName()).append(',').append(position).append(",github:").append(repo).append(',').append(name)
            .append(",,").append(repo).append(",https://github.com/").append(repo).append(",,,\r\n");
      }
    }
    Files.writeString(out.resolve("mentions.csv"), csv.toString());
  }
}
