package dev.atlas.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** atlas report on the two fixture months, the page parsed with jsoup and checked against the datasets and atlas diff. */
class ReportPageTest {
  static final Path MONTHS = Path.of("src/test/resources/fixtures/months");
  @TempDir static Path tmp;
  static Path oct;
  static Path nov;
  static Path page;
  static Document doc;

  @BeforeAll
  static void runMonthsAndReport() throws Exception {
    oct = tmp.resolve("oct");
    nov = tmp.resolve("nov");
    assertEquals(0, AtlasCli.run("--input", MONTHS.resolve("2026-10").toString(), "--output", oct.toString(), "--quiet"));
    assertEquals(0, AtlasCli.run("--input", MONTHS.resolve("2026-11").toString(), "--output", nov.toString(), "--quiet"));
    page = tmp.resolve("pages/nov.html");
    assertEquals(0, quiet("report", nov.toString(), "--previous", oct.toString(), "--output", page.toString()));
    doc = Jsoup.parse(page.toFile(), "UTF-8");
  }

  @Test
  void headlineCountsAreTheDatasets() throws Exception {
    List<CSVRecord> articles = DatasetReader.csv(nov.resolve("articles.csv"));
    List<CSVRecord> projects = DatasetReader.csv(nov.resolve("projects.csv"));
    int entries = DatasetReader.csv(nov.resolve("mentions.csv")).size();
    assertEquals(3, articles.size());
    assertEquals(13, entries);
    assertEquals(10, projects.size());
    assertEquals(Integer.toString(articles.size()), doc.getElementById("count-articles").text());
    assertEquals(Integer.toString(entries), doc.getElementById("count-entries").text());
    assertEquals(Integer.toString(projects.size()), doc.getElementById("count-projects").text());
    assertEquals("2026-11-03 – 2026-11-16", doc.getElementById("count-dates").text());
    assertEquals("0", doc.getElementById("count-rejected").text());
    assertEquals(projects.size(), doc.select("#projects-table tbody tr").size());
  }

  @Test
  void topProjectIsTheOneWithMostStars() throws Exception {
    Project top = DatasetReader.projects(nov).stream().filter(p -> p.stars() != null)
        .max(Comparator.comparingLong(Project::stars)).orElseThrow();
    assertEquals("github:huggingface/transformers", top.projectId());
    Element first = doc.selectFirst("#top-stars tbody tr");
    assertEquals(top.projectId(), first.attr("data-project"));
    assertEquals("Transformers", first.select("td").get(1).text());
    assertEquals("153,540", first.select("td").get(2).text());
    assertEquals("https://github.com/huggingface/transformers", first.selectFirst("a").attr("href"));
    Element featured = doc.selectFirst("#most-featured tbody tr");
    assertEquals("github:huggingface/transformers", featured.attr("data-project"));
    assertEquals("2", featured.select("td").get(3).text());
  }

  @Test
  void moversAreTheOnesAtlasDiffReportsWithTheSameDeltas() throws Exception {
    Path diffDir = tmp.resolve("diff");
    assertEquals(1, quiet("diff", oct.toString(), nov.toString(), "--output", diffDir.toString()));
    Map<String, String> diffDeltas = new TreeMap<>();
    for (CSVRecord r : DatasetReader.csv(diffDir.resolve("diff.csv"))) {
      if (r.get("field").equals("stars") && !r.get("delta").isEmpty()) {
        diffDeltas.put(r.get("project_id"), r.get("delta"));
      }
    }
    assertEquals(Map.of("github:ggerganov/llama.cpp", "8700", "github:ultralytics/ultralytics", "540",
        "github:huggingface/transformers", "340", "github:pytorch/vision", "-28"), diffDeltas);
    assertEquals(diffDeltas, pageDeltas(doc));
    Element llama = doc.selectFirst("#gains tr[data-project=github:ggerganov/llama.cpp]");
    assertEquals("+8,700", llama.selectFirst("td.delta").text());
    assertEquals("+9.8%", llama.select("td").last().text());
    assertEquals("-28", doc.selectFirst("#losses tr[data-project=github:pytorch/vision] td.delta").text());
  }

  @Test
  void newAndDroppedProjectsAreTheDiffsAddedAndRemoved() {
    assertEquals(List.of("github:vllm-project/vllm", "github:huggingface/diffusers"),
        doc.select("#added li[data-project]").eachAttr("data-project"));
    assertEquals(List.of("github:dlr-rm/stable-baselines3", "github:farama-foundation/gymnasium"),
        doc.select("#dropped li[data-project]").eachAttr("data-project"));
    assertTrue(doc.selectFirst("header .sub").text().endsWith("2 added, 2 removed, 6 changed"));
  }

  @Test
  void cumulativeDatasetShowsTheSameMoversWithoutPrevious() throws Exception {
    Path cum = tmp.resolve("cumulative");
    assertEquals(0, AtlasCli.run("--input", MONTHS.resolve("2026-11").toString(), "--previous", oct.toString(),
        "--output", cum.toString(), "--quiet"));
    assertEquals(0, quiet("report", cum.toString()));
    Document cumulative = Jsoup.parse(cum.resolve("report.html").toFile(), "UTF-8");
    assertEquals(pageDeltas(doc), pageDeltas(cumulative));
    assertEquals("Compared with the months before 2026-11", cumulative.selectFirst("#movement h2").text());
    assertEquals("Compared with oct", doc.selectFirst("#movement h2").text());
    assertEquals(histories(doc), histories(cumulative));
  }

  @Test
  void starHistoriesJoinBothMonthsForTheBiggestMovers() throws Exception {
    Map<String, String> histories = histories(doc);
    assertEquals(List.of("llama.cpp", "Ultralytics", "Transformers", "torchvision"), List.copyOf(histories.keySet()));
    assertEquals("[[\"2026-10-12\",89100],[\"2026-10-20\",88900],[\"2026-11-16\",97600]]", histories.get("llama.cpp"));
  }

  @Test
  void articlesAreListedWithTitleDateLanguageAndEntries() {
    List<String> rows = new ArrayList<>();
    for (Element tr : doc.select("#articles-table tbody tr")) {
      rows.add(String.join("|", tr.select("td").eachText()));
    }
    assertEquals(List.of(
        "本周 GitHub 开源项目精选|2026-11-16|zh|4|github-kaiyuan-jingxuan-2026-11-16.md",
        "Repos to Watch: Early November Edition|2026-11-03|en|4|repos-to-watch-2026-11-03.md",
        "The Weekly Digest, Issue 91|2026-11-16|en|5|weekly-ml-digest-2026-11-16.md"), rows);
  }

  @Test
  void pageIsSelfContained() throws Exception {
    assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
    assertTrue(doc.select("[src]").isEmpty(), "nothing is loaded by src");
    assertTrue(doc.select("link, iframe, object, embed, img").isEmpty());
    for (String href : doc.select("a[href]").eachAttr("href")) {
      assertTrue(href.startsWith("https://github.com/"), href);
    }
    String css = doc.selectFirst("style").data();
    assertFalse(css.contains("url(") || css.contains("@import"), "the stylesheet loads nothing");
    assertTrue(css.contains("\"Noto Sans CJK SC\""), "the font stack names CJK fonts");
    List<Element> scripts = doc.select("script");
    assertEquals(3, scripts.size());
    assertTrue(scripts.get(1).data().contains("Licensed to the Apache Software Foundation"), "ECharts is inlined");
    assertTrue(scripts.get(1).data().length() > 900_000, "the whole minified library");
    assertTrue(doc.selectFirst("footer").text().contains("Apache ECharts 5.3.1"));
    assertEquals(List.of("chart-domains", "chart-movers", "chart-histories"), doc.select("div.chart").eachAttr("id"),
        "no framework is stated in November, so no framework chart");
  }

  @Test
  void sameDatasetGivesByteIdenticalPagesUnlessATimestampIsAsked() throws Exception {
    Path again = tmp.resolve("pages/again.html");
    assertEquals(0, quiet("report", nov.toString(), "--previous", oct.toString(), "--output", again.toString()));
    assertArrayEquals(Files.readAllBytes(page), Files.readAllBytes(again));
    Path stamped = tmp.resolve("pages/stamped.html");
    assertEquals(0, quiet("report", nov.toString(), "--previous", oct.toString(), "--output", stamped.toString(),
        "--timestamp"));
    String footer = Jsoup.parse(stamped.toFile(), "UTF-8").selectFirst("footer").text();
    assertTrue(footer.matches(".* at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\."), footer);
  }

  @Test
  void writesIntoTheDatasetByDefaultAndPrintsThePath() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      assertEquals(0, Atlas.execute("report", oct.toString()));
    } finally {
      System.setOut(saved);
    }
    assertEquals(oct.resolve("report.html").toString(), out.toString(StandardCharsets.UTF_8).strip());
    assertTrue(Files.size(oct.resolve("report.html")) > 900_000);
  }

  @Test
  void aFolderThatIsNoDatasetExitsTwo() throws Exception {
    assertEquals(2, quiet("report", tmp.resolve("nope").toString()));
    assertEquals(2, quiet("report", nov.toString(), "--previous", MONTHS.toString()));
  }

  @Test
  void helpExplainsEveryOption() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      assertEquals(0, Atlas.execute("report", "--help"));
    } finally {
      System.setOut(saved);
    }
    String help = out.toString(StandardCharsets.UTF_8);
    for (String option : List.of("DATASET_DIR", "--previous=OLD_DIR", "--output=FILE", "--timestamp", "Exit status")) {
      assertTrue(help.contains(option), option + " in\n" + help);
    }
  }

  /** Returns project id to delta of the page's gains and losses tables. */
  static Map<String, String> pageDeltas(Document d) {
    Map<String, String> deltas = new TreeMap<>();
    for (Element tr : d.select("#gains tbody tr, #losses tbody tr")) {
      deltas.put(tr.attr("data-project"), tr.selectFirst("td.delta").attr("data-value"));
    }
    return deltas;
  }

  /** Returns the history chart's series from the page's embedded data: name to points as JSON, in order. */
  private static Map<String, String> histories(Document d) throws Exception {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    Json.MAPPER.readTree(d.getElementById("atlas-data").data()).path("histories")
        .forEach(h -> out.put(h.path("name").asText(), Json.write(h.path("points"))));
    return out;
  }

  static int quiet(String... args) {
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
}
