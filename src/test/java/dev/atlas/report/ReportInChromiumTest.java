package dev.atlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.atlas.testing.AtlasCli;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page opened from disk in headless Chromium with networking off: the inlined ECharts runs
 * and draws every chart, and the page renders to a screenshot. Skipped where Chromium is not installed.
 */
class ReportInChromiumTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path MONTHS = Path.of("src/test/resources/fixtures/months");
  @TempDir static Path tmp;
  static Path page;

  static final String WHY = "needs " + CHROMIUM + " (Debian package chromium), which is not installed here";

  @BeforeAll
  static void writeReport() {
    if (!Files.isExecutable(CHROMIUM)) {
      return;
    }
    Path oct = tmp.resolve("oct");
    Path nov = tmp.resolve("nov");
    assertEquals(0, AtlasCli.run("--input", MONTHS.resolve("2026-10").toString(), "--output", oct.toString(), "--quiet"));
    assertEquals(0, AtlasCli.run("--input", MONTHS.resolve("2026-11").toString(), "--output", nov.toString(), "--quiet"));
    page = tmp.resolve("report.html");
    assertEquals(0, ReportPageTest.quiet("report", nov.toString(), "--previous", oct.toString(), "--output", page.toString()));
  }

  @Test
  void everyChartIsDrawnOffline() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), WHY);
    String dom = chromium("--virtual-time-budget=5000", "--dump-dom", page.toUri().toString());
    Document doc = Jsoup.parse(dom);
    List<String> charts = doc.select("div.chart").eachAttr("id");
    assertEquals(List.of("chart-domains", "chart-movers", "chart-histories"), charts);
    for (String id : charts) {
      assertFalse(doc.select("#" + id + " canvas").isEmpty(), id + " has no canvas: ECharts did not draw it");
    }
  }

  @Test
  void rendersToAScreenshot() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), WHY);
    Path png = tmp.resolve("report.png");
    chromium("--window-size=1280,2400", "--screenshot=" + png, page.toUri().toString());
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1280, image.getWidth());
    assertEquals(2400, image.getHeight());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertTrue(colours.size() > 50, "a drawn page, not a blank one: " + colours.size() + " colours");
  }

  /** Runs headless Chromium with networking off on a fresh profile and returns its stdout. */
  private static String chromium(String... args) throws Exception {
    Path profile = Files.createTempDirectory(tmp, "profile");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path out = tmp.resolve("chromium.out");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(new File("/dev/null")).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish in 120 s");
    assertEquals(0, p.exitValue(), "chromium exit status");
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
