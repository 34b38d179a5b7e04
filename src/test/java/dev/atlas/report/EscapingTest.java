package dev.atlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atlas.dataset.ArticleRow;
import dev.atlas.dataset.Json;
import dev.atlas.dataset.Project;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Strings from articles that look like markup stay text on the page, in its tables and in its embedded JSON. */
class EscapingTest {
  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String CLOSE = "</script><script>alert(2)</script>";
  static final String CLOSE_UPPER = "</SCRIPT><img src=y>";
  static String html;
  static Document doc;

  @BeforeAll
  static void renderHostileDataset() {
    DatasetSnapshot before = snapshot(1000L);
    DatasetSnapshot after = snapshot(1500L);
    html = ReportPage.render(ReportModel.of(after, before, "atlas test", ""), PageAssets.load());
    doc = Jsoup.parse(html);
  }

  private static DatasetSnapshot snapshot(long stars) {
    List<Project> projects = List.of(
        project("github:a/img", IMG, "a/img", stars, List.of(IMG)),
        project("github:a/close", CLOSE, "a/close", stars * 2, List.of("nlp")),
        project("name:upper", CLOSE_UPPER, "", stars * 3, List.of()));
    List<ArticleRow> articles = List.of(new ArticleRow("0", "a\"<b>.md", "<b onclick=x>title</b> & 漢字", "zh",
        "2026-11-01", "javascript:alert(3)", "UTF-8", 3, "0"));
    List<StarPoint> history = List.of(new StarPoint("github:a/img", stars > 1000 ? "2026-11-01" : "2026-10-01", stars, "a.md"));
    return new DatasetSnapshot("<i>label</i>", projects, articles,
        List.of(new RejectedFile("<svg onload=alert(4)>.md", "binary", "<iframe>")), history);
  }

  private static Project project(String id, String name, String repo, long stars, List<String> domains) {
    return new Project(id, name, repo, repo.isEmpty() ? "" : "https://github.com/" + repo, stars, false, "", domains,
        domains, List.of(name), List.of(), 1, "", "", List.of());
  }

  @Test
  void markupInNamesIsShownAsText() {
    assertTrue(doc.select("img, svg, iframe, i, b").isEmpty(), "no element from a dataset string");
    assertEquals(3, doc.select("script").size(), "only the page's own scripts");
    assertTrue(doc.select("[onerror], [onclick], [onload]").isEmpty());
    List<String> names = doc.select("#projects-table tbody tr td:first-child").eachText();
    assertEquals(List.of("</SCRIPT><img src=y>", CLOSE, IMG), names);
    assertEquals("<b onclick=x>title</b> & 漢字", doc.selectFirst("#articles-table tbody td").text());
    assertEquals("<svg onload=alert(4)>.md", doc.selectFirst("#rejected tbody td").text());
    assertEquals("Atlas report: <i>label</i>", doc.title());
  }

  @Test
  void embeddedJsonCannotCloseItsScriptAndReadsBackUnchanged() throws Exception {
    String data = doc.getElementById("atlas-data").data();
    assertFalse(data.contains("<"), data);
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("</script><"), "no script closed early");
    JsonNode json = Json.MAPPER.readTree(data);
    assertEquals(IMG, json.path("domains").path("labels").get(0).asText());
    assertEquals(List.of(CLOSE_UPPER, CLOSE, IMG),
        List.of(json.path("movers").path("labels").get(0).asText(), json.path("movers").path("labels").get(1).asText(),
            json.path("movers").path("labels").get(2).asText()));
    assertEquals(IMG, json.path("histories").get(0).path("name").asText());
  }

  @Test
  void onlyGithubUrlsBecomeLinks() {
    assertEquals(List.of("https://github.com/a/close", "https://github.com/a/img"),
        doc.select("#projects-table a").eachAttr("href"));
    assertTrue(doc.select("a[href^=javascript]").isEmpty());
  }

  @Test
  void escapesTextJsonAndInlinedScripts() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt; &amp;", Html.escape("<a href=\"x\" title='y'> &"));
    assertEquals("", Html.escape(null));
    assertEquals("{\"a\":\"\\u003c/script\\u003e \\u0026 \\u2028\"}", Html.scriptJson("{\"a\":\"</script> & \u2028\"}"));
    assertEquals("var s = '<\\/script><\\/SCRIPT> <\\!--';", Html.inlineScript("var s = '</script></SCRIPT> <!--';"));
  }
}
