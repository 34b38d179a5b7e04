package dev.atlas.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atlas.cli.Atlas;
import dev.atlas.dataset.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorer on small hand-made datasets, one per figure, each case built so the figure it checks
 * is not zero: a scorer that stopped counting it would pass every fixture set and fail here.
 */
class GoldScorerTest {
  private static final String HEADER =
      "article_file,position,project_id,name,heading,repo,url,stars,domains,domains_explicit,rank";
  /** The reference scorer users run; the suite compares with it where it is present. */
  private static final Path SCORE_PY = Path.of("../shared/tools/score.py");

  private static Score score(Path dir, String gold, String... rows) throws Exception {
    Files.writeString(dir.resolve("mentions.csv"), HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n");
    Files.writeString(dir.resolve("gold.json"), gold);
    return GoldScorer.score(dir, dir.resolve("gold.json"));
  }

  @Test
  void countsMissesExtrasWrongStarsDomainsAndRanks(@TempDir Path tmp) throws Exception {
    Score s = score(tmp, """
        {"articles":[{"file":"a.md","projects":[
          {"position":1,"name":"Alpha","heading":"Alpha","repo":"x/alpha","stars":200,"domains":["nlp","computer-vision"],"rank":1},
          {"position":2,"name":"Beta","heading":"Beta","repo":null,"stars":null,"domains":[]}]}],
         "cross_article_duplicates":[]}
        """,
        "a.md,1,github:x/alpha,Alpha,Alpha,x/alpha,,100,,nlp,2",
        "a.md,2,name:noise,Noise,Noise,,,,,,");
    assertEquals(List.of(1, 1, 1), List.of(s.tp(), s.fp(), s.fn()));
    assertEquals(List.of(0, 1, 1, 0), List.of(s.starsOk(), s.starsN(), s.starsWrong(), s.starsInvented()));
    assertEquals(1.0, s.domainPrecision());
    assertEquals(0.5, s.domainRecall());
    assertEquals(List.of(0, 1), List.of(s.rankOk(), s.rankN()));
    assertTrue(s.problems().contains("missed   a.md #2 Beta"), s.problems().toString());
    assertTrue(s.problems().contains("stars!   a.md Alpha: got 100 want 200 (wrong value)"), s.problems().toString());
    assertTrue(s.problems().contains("rank     a.md Alpha: got 2 want 1"), s.problems().toString());
  }

  @Test
  void aRepoOfAnEntryMatchedByNameIsCheckedToo(@TempDir Path tmp) throws Exception {
    Score s = score(tmp, """
        {"articles":[{"file":"a.md","projects":[
          {"position":1,"name":"Alpha","heading":"Alpha","repo":"x/alpha","stars":null,"domains":[]},
          {"position":2,"name":"Gamma","heading":"Gamma","repo":"x/gamma","stars":null,"domains":[]},
          {"position":3,"name":"Delta","heading":"Delta","repo":null,"stars":null,"domains":[]}]}]}
        """,
        "a.md,1,github:x/alpha,Alpha,Alpha,x/alpha,,,,,",
        "a.md,2,name:gamma,Gamma,Gamma,,,,,,",
        "a.md,3,name:delta,Delta,Delta,,,,,,");
    assertEquals(3, s.tp());
    assertEquals(1, s.repoOk());
    assertEquals(2, s.repoN());
    assertTrue(s.problems().contains("repo     a.md Gamma: got '' want 'x/gamma'"), s.problems().toString());
  }

  @Test
  void starsStatedNoneAreInventedUnlessTheyAreTheApproximateFigure(@TempDir Path tmp) throws Exception {
    Score s = score(tmp, """
        {"articles":[{"file":"a.md","projects":[
          {"position":1,"name":"Alpha","heading":"Alpha","repo":"x/alpha","stars":null,"domains":[]},
          {"position":2,"name":"Beta","heading":"Beta","repo":"x/beta","stars":null,"stars_approx":10000,"domains":[]},
          {"position":3,"name":"Gamma","heading":"Gamma","repo":"x/gamma","stars":300,"domains":[]},
          {"position":4,"name":"Delta","heading":"Delta","repo":"x/delta","stars":400,"domains":[]}]}]}
        """,
        "a.md,1,github:x/alpha,Alpha,Alpha,x/alpha,,5000,,,",
        "a.md,2,github:x/beta,Beta,Beta,x/beta,,10000,,,",
        "a.md,3,github:x/gamma,Gamma,Gamma,x/gamma,,300,,,",
        "a.md,4,github:x/delta,Delta,Delta,x/delta,,,,,");
    assertEquals(1, s.starsInvented());
    assertEquals(1, s.starsOk());
    assertEquals(2, s.starsN());
    assertEquals(0, s.starsWrong(), "a figure left out is missing, not wrong");
    assertTrue(s.problems().contains("stars+   a.md Alpha: got 5000, article states none"), s.problems().toString());
    assertTrue(s.problems().contains("stars    a.md Delta: got null want 400"), s.problems().toString());
  }

  private static final String TWO_ARTICLES = """
      {"articles":[
        {"file":"a.md","projects":[
          {"position":1,"name":"Alpha","heading":"Alpha","repo":"x/alpha","stars":null,"domains":[]},
          {"position":2,"name":"Beta","heading":"Beta","repo":null,"stars":null,"domains":[]},
          {"position":3,"name":"Gamma","heading":"Gamma","repo":"x/gamma","stars":null,"domains":[]},
          {"position":4,"name":"Delta","heading":"Delta","repo":"x/delta","stars":null,"domains":[]}]},
        {"file":"b.md","projects":[
          {"position":1,"name":"alpha","heading":"alpha","repo":null,"stars":null,"domains":[]},
          {"position":2,"name":"Beta","heading":"Beta","repo":"y/beta","stars":null,"domains":[]},
          {"position":3,"name":"Epsilon","heading":"Epsilon","repo":"x/epsilon","stars":null,"domains":[]}]}],
       "cross_article_duplicates":[
         {"key":"alpha","members":[["a.md","Alpha"],["b.md","alpha"]]},
         {"key":"beta","members":[["a.md","Beta"],["b.md","Beta"]]}]}
      """;

  @Test
  void duplicateGroupsJoinedAndFalseMergesAreCounted(@TempDir Path tmp) throws Exception {
    Score s = score(tmp, TWO_ARTICLES,
        "a.md,1,github:x/alpha,Alpha,Alpha,x/alpha,,,,,",
        "a.md,2,name:beta,Beta,Beta,,,,,,",
        "a.md,3,github:x/gamma,Gamma,Gamma,x/gamma,,,,,",
        "a.md,4,github:x/gamma,Delta,Delta,x/delta,,,,,",
        "b.md,1,github:x/alpha,alpha,alpha,,,,,,",
        "b.md,2,github:y/beta,Beta,Beta,y/beta,,,,,",
        "b.md,3,github:x/gamma,Epsilon,Epsilon,x/epsilon,,,,,");
    assertEquals(7, s.tp());
    assertEquals(2, s.groups());
    assertEquals(1, s.groupsOk(), "alpha joined, beta left as two projects");
    assertEquals(2, s.falseMerges(), "gamma, delta and epsilon share one id: two merges too many");
    assertTrue(s.problems().contains("dedup    group beta: project_ids [github:y/beta, name:beta]"), s.problems().toString());
    assertTrue(s.problems().contains("merge    project_id github:x/gamma joins [repo:x/delta, repo:x/epsilon, repo:x/gamma]"),
        s.problems().toString());
  }

  @Test
  void aGroupWithAMissedMemberIsNotJoined(@TempDir Path tmp) throws Exception {
    Score s = score(tmp, TWO_ARTICLES,
        "a.md,1,github:x/alpha,Alpha,Alpha,x/alpha,,,,,",
        "a.md,2,name:beta,Beta,Beta,,,,,,",
        "b.md,2,name:beta,Beta,Beta,,,,,,");
    assertEquals(2, s.groups());
    assertEquals(1, s.groupsOk(), "beta joined; alpha's second member was never found");
    assertEquals(0, s.falseMerges());
  }

  @Test
  void evalPrintsWrongAndInventedStars(@TempDir Path tmp) throws Exception {
    score(tmp, """
        {"articles":[{"file":"a.md","projects":[
          {"position":1,"name":"Alpha","heading":"Alpha","repo":"x/alpha","stars":200,"domains":[]},
          {"position":2,"name":"Beta","heading":"Beta","repo":"x/beta","stars":null,"domains":[]}]}]}
        """,
        "a.md,1,github:x/alpha,Alpha,Alpha,x/alpha,,100,,,",
        "a.md,2,github:x/beta,Beta,Beta,x/beta,,7,,,");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    int status;
    try {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      status = Atlas.execute("eval", "--gold", tmp.resolve("gold.json").toString(), "--output", tmp.toString());
    } finally {
      System.setOut(saved);
    }
    String report = stdout.toString(StandardCharsets.UTF_8);
    assertEquals(0, status);
    assertTrue(report.contains("stars    0/1 correct, 1 wrong, 1 invented\n"), report);
    assertTrue(report.contains("SCORE F1=1.000 repo=2/2 stars=0/1(!1,+1) domP=1.00 domR=1.00 dedup=0/0 merges=0\n"), report);
  }

  /** The Java port and the reference scorer give the same figures on every hand-made case. */
  @Test
  void agreesWithTheReferenceScorer(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isRegularFile(SCORE_PY), "the reference scorer " + SCORE_PY + " is not beside this clone");
    assumeTrue(python3Runs(), "python3 is not installed");
    Score s = score(tmp, TWO_ARTICLES,
        "a.md,1,github:x/alpha,Alpha,Alpha,x/alpha,,100,,nlp,",
        "a.md,2,name:beta,Beta,Beta,,,5,,,",
        "a.md,3,github:x/gamma,Gamma,Gamma,x/gamma,,,,,",
        "a.md,4,github:x/gamma,Delta,Delta,x/delta,,,,,",
        "a.md,5,name:noise,Noise,Noise,,,,,,",
        "b.md,1,github:x/alpha,alpha,alpha,,,,,,",
        "b.md,2,github:y/beta,Beta,Beta,y/beta,,,,,");
    assertEquals(List.of(6, 1, 1, 4, 4, 2, 1, 2, 1), List.of(s.tp(), s.fp(), s.fn(), s.repoOk(), s.repoN(),
        s.starsInvented(), s.groupsOk(), s.groups(), s.falseMerges()));
    assertEquals(0.0, s.domainPrecision());
    Process p = new ProcessBuilder("python3", SCORE_PY.toString(), tmp.toString(), tmp.resolve("gold.json").toString(),
        "--json").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
    JsonNode py = Json.MAPPER.readTree(out);
    assertEquals(List.of(s.tp(), s.fp(), s.fn()), ints(py.path("entries"), "tp", "fp", "fn"));
    assertEquals(List.of(s.repoOk(), s.repoN()), ints(py.path("repo"), "ok", "n"));
    assertEquals(List.of(s.starsOk(), s.starsN(), s.starsWrong(), s.starsInvented()),
        ints(py.path("stars"), "ok", "n", "wrong", "invented"));
    assertEquals(List.of(s.groupsOk(), s.groups(), s.falseMerges()),
        ints(py.path("dedup"), "groups_ok", "groups", "false_merges"));
    assertEquals(py.path("domains_explicit").path("precision").asDouble(), s.domainPrecision(), 1e-9);
    assertEquals(py.path("domains_explicit").path("recall").asDouble(), s.domainRecall(), 1e-9);
  }

  private static List<Integer> ints(JsonNode node, String... keys) {
    return List.of(keys).stream().map(k -> node.path(k).asInt(-1)).toList();
  }

  private static boolean python3Runs() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
