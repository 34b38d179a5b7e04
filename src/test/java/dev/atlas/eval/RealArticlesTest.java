package dev.atlas.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.cli.Atlas;
import dev.atlas.testing.AtlasCli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real public articles beside the project (../shared/real: round-ups, ranking tables, weekly
 * digests in five languages, none written for Atlas), run and scored the way a user scores them.
 * Their text is not copied into the project; on a clone without ../shared the test is skipped.
 */
class RealArticlesTest {
  static final Path REAL = Path.of("..", "shared", "real");

  @Test
  void realArticlesAreReadRight(@TempDir Path tmp) throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(REAL.resolve("articles")) && Files.isRegularFile(REAL.resolve("gold.json")),
        "skipped: ../shared/real (the real-article set) is not beside this clone");
    Path out = tmp.resolve("out");
    assertEquals(0, AtlasCli.run("--input", REAL.resolve("articles").toString(), "--output", out.toString(), "--quiet"));
    assertEquals(0, Atlas.execute("eval", "--gold", REAL.resolve("gold.json").toString(), "--output", out.toString(),
        "--min-f1", "0.97"));
    Score s = GoldScorer.score(out, REAL.resolve("gold.json"));
    System.out.println("== eval ../shared/real\n" + s.report());
    assertTrue(s.f1() >= 0.97, "entry F1 " + s.f1());
    assertTrue(s.starsOk() >= 0.95 * s.starsN(), "stars " + s.starsOk() + "/" + s.starsN());
    assertEquals(0, s.starsWrong(), "wrong star values");
    assertEquals(0, s.starsInvented(), "invented star values");
    assertEquals(s.groups(), s.groupsOk(), "cross-article groups joined");
    assertEquals(0, s.falseMerges(), "false merges");
    assertEquals(s.rankN(), s.rankOk(), "ranks");
  }
}
