package dev.atlas.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atlas.cli.Atlas;
import dev.atlas.dataset.DatasetReader;
import dev.atlas.dataset.Json;
import dev.atlas.dataset.Project;
import dev.atlas.testing.AtlasCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two months of fixture articles, run and diffed as a user would, checked against expected.json. */
class MonthOverMonthTest {
  static final Path MONTHS = Path.of("src/test/resources/fixtures/months");
  @TempDir static Path tmp;
  static Path oct;
  static Path nov;
  static JsonNode expected;

  @BeforeAll
  static void runBothMonths() throws Exception {
    oct = tmp.resolve("oct");
    nov = tmp.resolve("nov");
    assertEquals(0, AtlasCli.run("--input", MONTHS.resolve("2026-10").toString(), "--output", oct.toString(), "--quiet"));
    assertEquals(0, AtlasCli.run("--input", MONTHS.resolve("2026-11").toString(), "--output", nov.toString(), "--quiet"));
    expected = Json.MAPPER.readTree(MONTHS.resolve("expected.json").toFile());
  }

  @Test
  void monthsHoldTheExpectedProjects() throws Exception {
    check(expected.path("projects_old"), DatasetReader.projects(oct));
    check(expected.path("projects_new"), DatasetReader.projects(nov));
  }

  private static void check(JsonNode want, List<Project> got) {
    Map<String, Project> byId = got.stream().collect(Collectors.toMap(Project::projectId, p -> p));
    List<String> wantIds = new ArrayList<>();
    want.forEach(w -> wantIds.add(w.path("project_id").asText()));
    assertEquals(wantIds.stream().sorted().toList(), got.stream().map(Project::projectId).sorted().toList());
    for (JsonNode w : want) {
      Project p = byId.get(w.path("project_id").asText());
      assertTrue(p != null, "missing " + w.path("project_id").asText());
      assertEquals(w.path("stars").isNull() ? null : w.path("stars").asLong(), p.stars(), p.projectId());
      List<String> domains = new ArrayList<>();
      w.path("domains").forEach(d -> domains.add(d.asText()));
      assertEquals(domains, p.domainsExplicit(), p.projectId());
      assertEquals(w.path("article_count").asInt(), p.articleCount(), p.projectId());
    }
  }

  @Test
  void diffReportsEveryKindOfChangeWithExactValues() throws Exception {
    List<ProjectDiff> diffs = DatasetDiff.compare(DatasetReader.projects(oct), DatasetReader.projects(nov));
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (ProjectDiff d : diffs) {
      switch (d.kind()) {
        case ADDED -> added.add(d.projectId());
        case REMOVED -> removed.add(d.projectId());
        case CHANGED -> d.changes().forEach(c -> changed.add(line(d.projectId(), d.oldProjectId(), c.field(),
            c.oldValue(), c.newValue(), c.delta())));
      }
    }
    assertEquals(texts(expected.path("added")), added);
    assertEquals(texts(expected.path("removed")), removed);
    List<String> want = new ArrayList<>();
    for (JsonNode c : expected.path("changed")) {
      want.add(line(c.path("project_id").asText(), c.path("old_project_id").asText(""), c.path("field").asText(),
          c.path("old").asText(), c.path("new").asText(), c.has("delta") ? c.path("delta").asLong() : null));
    }
    assertEquals(want.stream().sorted().toList(), changed.stream().sorted().toList());
    List<String> unchanged = DatasetReader.projects(nov).stream().map(Project::projectId)
        .filter(id -> diffs.stream().noneMatch(d -> d.projectId().equals(id))).toList();
    assertEquals(texts(expected.path("unchanged")), unchanged);
  }

  @Test
  void linkGainedIsTheSameProjectNotAnAddAndARemove() throws Exception {
    ProjectDiff whisper = DatasetDiff.compare(DatasetReader.projects(oct), DatasetReader.projects(nov)).stream()
        .filter(d -> d.projectId().equals("github:openai/whisper")).findFirst().orElseThrow();
    assertEquals(ProjectDiff.Kind.CHANGED, whisper.kind());
    assertEquals("name:whisper", whisper.oldProjectId());
  }

  @Test
  void diffCommandExitsZeroOnEqualOneOnDifferentTwoOnBadInput() throws Exception {
    assertEquals(0, quiet("diff", nov.toString(), nov.toString()));
    assertEquals(1, quiet("diff", oct.toString(), nov.toString()));
    assertEquals(2, quiet("diff", tmp.resolve("nope").toString(), nov.toString()));
    Path other = Files.createDirectories(tmp.resolve("v99"));
    Files.writeString(other.resolve("run.json"), "{\"schema_version\": 99}");
    Files.writeString(other.resolve("projects.json"), "[]");
    assertEquals(2, quiet("diff", other.toString(), nov.toString()));
  }

  @Test
  void diffWritesCsvJsonAndMarkdown() throws Exception {
    Path out = tmp.resolve("diff");
    assertEquals(1, quiet("diff", oct.toString(), nov.toString(), "--output", out.toString()));
    List<CSVRecord> rows = DatasetReader.csv(out.resolve("diff.csv"));
    Map<String, CSVRecord> stars = new TreeMap<>();
    rows.stream().filter(r -> r.get("field").equals("stars")).forEach(r -> stars.put(r.get("project_id"), r));
    assertEquals("8700", stars.get("github:ggerganov/llama.cpp").get("delta"));
    assertEquals("9.8", stars.get("github:ggerganov/llama.cpp").get("percent"));
    assertEquals("-28", stars.get("github:pytorch/vision").get("delta"));
    assertEquals(List.of("github:huggingface/diffusers", "github:vllm-project/vllm"),
        rows.stream().filter(r -> r.get("change").equals("added")).map(r -> r.get("project_id")).toList());
    assertEquals(List.of("github:dlr-rm/stable-baselines3", "github:farama-foundation/gymnasium"),
        rows.stream().filter(r -> r.get("change").equals("removed")).map(r -> r.get("project_id")).toList());
    JsonNode json = Json.MAPPER.readTree(out.resolve("diff.json").toFile());
    assertEquals("{\"added\":2,\"removed\":2,\"changed\":6}", Json.write(json.path("counts")));
    List<String> changed = new ArrayList<>();
    json.path("changed").forEach(c -> changed.add(c.path("project_id").asText()));
    assertEquals(List.of("github:ggerganov/llama.cpp", "github:huggingface/transformers", "github:microsoft/deepspeed",
        "github:openai/whisper", "github:pytorch/vision", "github:ultralytics/ultralytics"), changed);
    String md = Files.readString(out.resolve("diff.md"));
    assertTrue(md.contains("| [llama.cpp](https://github.com/ggerganov/llama.cpp) | 88900 | 97600 | +8700 (+9.8%) |"), md);
  }

  @Test
  void previousCarriesHistoryAndRerunsAreIdentical() throws Exception {
    Path cum = tmp.resolve("cumulative");
    Path again = tmp.resolve("cumulative-again");
    String nIn = MONTHS.resolve("2026-11").toString();
    assertEquals(0, AtlasCli.run("--input", nIn, "--previous", oct.toString(), "--output", cum.toString(), "--quiet"));
    assertEquals(0, AtlasCli.run("--input", nIn, "--previous", oct.toString(), "--output", again.toString(), "--quiet"));
    Map<String, Project> byId = DatasetReader.projects(cum).stream().collect(Collectors.toMap(Project::projectId, p -> p));
    Project gym = byId.get("github:farama-foundation/gymnasium");
    assertEquals("2026-10-20", gym.lastSeen());
    Project whisper = byId.get("github:openai/whisper");
    assertEquals("2026-10-06", whisper.firstSeen());
    assertEquals("2026-11-03", whisper.lastSeen());
    assertTrue(!byId.containsKey("name:whisper"));
    List<String> history = DatasetReader.csv(cum.resolve("stars_history.csv")).stream()
        .filter(r -> r.get("project_id").equals("github:ggerganov/llama.cpp"))
        .map(r -> r.get("date") + "=" + r.get("stars")).toList();
    assertEquals(List.of("2026-10-12=89100", "2026-10-20=88900", "2026-11-16=97600"), history);
    for (String f : List.of("mentions.csv", "projects.csv", "projects.json", "articles.csv", "stars_history.csv")) {
      assertArrayEquals(Files.readAllBytes(cum.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
    }
    assertEquals(List.of("github-kaiyuan-jingxuan-2026-10-12.md", "github-kaiyuan-jingxuan-2026-11-16.md",
            "repos-to-watch-2026-10-06.md", "repos-to-watch-2026-11-03.md", "weekly-ml-digest-2026-10-20.md",
            "weekly-ml-digest-2026-11-16.md"),
        DatasetReader.csv(cum.resolve("articles.csv")).stream().map(r -> r.get("file")).toList());
  }

  private static int quiet(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      return Atlas.execute(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** One change as text; the delta is compared for stars, where the expected file states it. */
  private static String line(String id, String oldId, String field, String o, String n, Long delta) {
    return id + "|" + oldId + "|" + field + "|" + o + "|" + n + "|" + (field.equals("stars") ? delta : "");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
