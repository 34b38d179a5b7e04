package dev.atlas.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.testing.AtlasCli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction quality against annotated articles, the way users score theirs: run, then eval. The
 * reports are printed so the numbers are visible in every build.
 */
class GoldFixturesTest {
  private static Score runAndScore(Path input, Path gold, Path out) throws Exception {
    assertEquals(0, AtlasCli.run("--input", input.toString(), "--output", out.toString(), "--quiet"));
    Score score = GoldScorer.score(out, gold);
    System.out.println("== eval " + input + "\n" + score.report());
    return score;
  }

  @Test
  void samples(@TempDir Path tmp) throws Exception {
    Score s = runAndScore(Path.of("input"), Path.of("src/test/resources/fixtures/seeds-gold.json"), tmp.resolve("out"));
    assertTrue(s.f1() >= 0.98, "entry F1 " + s.f1());
    assertEquals(s.repoN(), s.repoOk());
    assertEquals(s.starsN(), s.starsOk());
    assertEquals(0, s.starsWrong());
    assertEquals(0, s.starsInvented());
    assertTrue(s.domainPrecision() >= 0.95 && s.domainRecall() >= 0.95);
    assertEquals(3, s.groupsOk());
    assertEquals(0, s.falseMerges());
    assertEquals(s.rankN(), s.rankOk());
  }

  /** Every annotated fixture set: our own layouts, a holdout set and seven blind sets. */
  @ParameterizedTest
  @ValueSource(strings = {"extraction", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7"})
  void fixtureSet(String name, @TempDir Path tmp) throws Exception {
    scoreFixtureSet(name, tmp);
  }

  /** Runs a fixture folder and holds it to F1 0.98 with no wrong or invented stars and no false merges. */
  private static void scoreFixtureSet(String name, Path tmp) throws Exception {
    Path dir = Path.of("src/test/resources/fixtures", name);
    Score s = runAndScore(dir, dir.resolve("gold.json"), tmp.resolve("out"));
    assertTrue(s.f1() >= 0.98, name + " entry F1 " + s.f1());
    assertEquals(0, s.starsWrong(), name + " wrong star values");
    assertEquals(0, s.starsInvented());
    assertEquals(0, s.falseMerges());
    assertEquals(s.rankN(), s.rankOk(), name + " ranks");
  }

  @Test
  void scorerCountsMissesExtrasAndWrongFields(@TempDir Path tmp) throws Exception {
    java.nio.file.Files.writeString(tmp.resolve("mentions.csv"), String.join("\r\n",
        "article_file,position,project_id,name,heading,repo,url,stars,domains,domains_explicit,rank",
        "a.md,1,github:x/alpha,Alpha,Alpha,x/alpha,,100,,nlp,2",
        "a.md,2,name:noise,Noise,Noise,,,,,,",
        "") );
    java.nio.file.Files.writeString(tmp.resolve("gold.json"), """
        {"articles":[{"file":"a.md","projects":[
          {"position":1,"name":"Alpha","heading":"Alpha","repo":"x/alpha","stars":200,"domains":["nlp","computer-vision"],"rank":1},
          {"position":2,"name":"Beta","heading":"Beta","repo":null,"stars":null,"domains":[]}]}],
         "cross_article_duplicates":[]}
        """);
    Score s = GoldScorer.score(tmp, tmp.resolve("gold.json"));
    assertEquals(1, s.tp());
    assertEquals(1, s.fp());
    assertEquals(1, s.fn());
    assertEquals(0, s.starsOk());
    assertEquals(1, s.starsN());
    assertEquals(1, s.starsWrong());
    assertEquals(1.0, s.domainPrecision());
    assertEquals(0.5, s.domainRecall());
    assertTrue(s.problems().contains("missed   a.md #2 Beta"));
    assertEquals(1, s.rankN());
    assertEquals(0, s.rankOk());
    assertTrue(s.problems().contains("rank     a.md Alpha: got 2 want 1"));
  }
}
