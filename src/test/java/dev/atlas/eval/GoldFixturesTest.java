package dev.atlas.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atlas.dataset.Json;
import dev.atlas.testing.AtlasCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extraction quality against annotated articles, the way users score theirs: run, then eval. Every
 * figure of every set is held to the floor written for it in {@code fixtures/floors.json}: what is
 * counted right may not fall below it, what is counted wrong may not rise above it. A change that
 * makes one repo, one star, one domain or one duplicate join wrong fails here; a change that does
 * better is told to raise the floor, which is done by hand, on purpose. The reports are printed so
 * the numbers are visible in every build.
 */
class GoldFixturesTest {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  static final Path FLOORS = FIXTURES.resolve("floors.json");

  /** The figures a set is scored on, by name, with how each is held to its floor. */
  private enum Rule { AT_LEAST, AT_MOST, EXACTLY }

  private record Figure(String name, Rule rule) {}

  private static final List<Figure> FIGURES = List.of(
      new Figure("entries.tp", Rule.AT_LEAST), new Figure("entries.fp", Rule.AT_MOST),
      new Figure("entries.fn", Rule.AT_MOST),
      new Figure("repo.ok", Rule.AT_LEAST), new Figure("repo.not_ok", Rule.AT_MOST),
      new Figure("stars.ok", Rule.AT_LEAST), new Figure("stars.wrong", Rule.AT_MOST),
      new Figure("stars.missing", Rule.AT_MOST), new Figure("stars.invented", Rule.AT_MOST),
      new Figure("domains.tp", Rule.AT_LEAST), new Figure("domains.fp", Rule.AT_MOST),
      new Figure("domains.fn", Rule.AT_MOST),
      new Figure("dedup.joined", Rule.AT_LEAST), new Figure("dedup.groups", Rule.EXACTLY),
      new Figure("dedup.false_merges", Rule.AT_MOST),
      new Figure("rank.ok", Rule.AT_LEAST), new Figure("rank.not_ok", Rule.AT_MOST));

  static Stream<String> sets() throws IOException {
    List<String> names = new ArrayList<>();
    floors().fieldNames().forEachRemaining(names::add);
    return names.stream().filter(n -> !n.startsWith("_"));
  }

  private static JsonNode floors() throws IOException {
    return Json.MAPPER.readTree(FLOORS.toFile());
  }

  /** Every annotated set is run, scored and held to its floors. */
  @ParameterizedTest
  @MethodSource("sets")
  void everyFigureHoldsItsFloor(String set, @TempDir Path tmp) throws Exception {
    JsonNode floor = floors().path(set);
    Path input = Path.of(floor.path("input").asText());
    Path out = tmp.resolve("out");
    assertEquals(0, AtlasCli.run("--input", input.toString(), "--output", out.toString(), "--quiet"));
    Score s = GoldScorer.score(out, Path.of(floor.path("gold").asText()));
    ObjectNode got = figures(s);
    System.out.println("== eval " + set + " (" + input + ")\n" + s.report() + "figures " + Json.write(got));
    List<String> broken = new ArrayList<>();
    List<String> better = new ArrayList<>();
    for (Figure f : FIGURES) {
      int want = at(floor, f.name());
      int have = at(got, f.name());
      boolean ok = switch (f.rule()) {
        case AT_LEAST -> have >= want;
        case AT_MOST -> have <= want;
        case EXACTLY -> have == want;
      };
      if (!ok) {
        broken.add(set + ": " + f.name() + " is " + have + ", its floor " + (f.rule() == Rule.AT_LEAST ? "at least "
            : f.rule() == Rule.AT_MOST ? "at most " : "exactly ") + want);
      } else if (have != want) {
        better.add(f.name() + " " + want + " -> " + have);
      }
    }
    if (!better.isEmpty()) {
      System.out.println(set + " does better than " + FLOORS + " says (" + String.join(", ", better)
          + "); raise its floors to " + Json.write(got));
    }
    assertTrue(broken.isEmpty(), () -> String.join("\n", broken) + "\n" + s.report());
  }

  /** The floors file names every annotated folder, and only folders that exist. */
  @Test
  void everyAnnotatedSetHasFloors() throws IOException {
    Set<String> annotated;
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      annotated = dirs.filter(d -> Files.isRegularFile(d.resolve("gold.json"))).map(Path::toString)
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> held = new TreeSet<>();
    for (String set : sets().toList()) {
      JsonNode floor = floors().path(set);
      assertTrue(Files.isDirectory(Path.of(floor.path("input").asText())), set + " input");
      assertTrue(Files.isRegularFile(Path.of(floor.path("gold").asText())), set + " gold");
      for (Figure f : FIGURES) {
        assertTrue(floor.at(pointer(f.name())).isInt(), set + " has no floor for " + f.name());
      }
      held.add(floor.path("input").asText());
    }
    assertTrue(held.containsAll(annotated), "sets without floors: " + annotated.stream().filter(a -> !held.contains(a)).toList());
    assertTrue(held.contains("input"), "the sample articles are held too");
  }

  /** The figures of a score, grouped as the scorer prints them. */
  static ObjectNode figures(Score s) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.putObject("entries").put("tp", s.tp()).put("fp", s.fp()).put("fn", s.fn());
    o.putObject("repo").put("ok", s.repoOk()).put("not_ok", s.repoN() - s.repoOk());
    o.putObject("stars").put("ok", s.starsOk()).put("wrong", s.starsWrong())
        .put("missing", s.starsN() - s.starsOk() - s.starsWrong()).put("invented", s.starsInvented());
    o.putObject("domains").put("tp", s.domTp()).put("fp", s.domFp()).put("fn", s.domFn());
    o.putObject("dedup").put("joined", s.groupsOk()).put("groups", s.groups()).put("false_merges", s.falseMerges());
    o.putObject("rank").put("ok", s.rankOk()).put("not_ok", s.rankN() - s.rankOk());
    return o;
  }

  private static int at(JsonNode node, String figure) {
    JsonNode v = node.at(pointer(figure));
    assertTrue(v.isInt(), "no figure " + figure + " in " + node);
    return v.asInt();
  }

  private static String pointer(String figure) {
    return "/" + figure.replace('.', '/');
  }
}
