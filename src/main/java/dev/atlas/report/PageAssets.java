package dev.atlas.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * What every report page inlines, read from the classpath: its stylesheet and script (resources of
 * this package) and Apache ECharts from the {@code org.webjars.npm:echarts} jar, whose version comes
 * from the jar's own pom.properties.
 *
 * @param css the stylesheet
 * @param script the page's script: charts and table sorting and filtering
 * @param echarts the minified ECharts library
 * @param echartsVersion its version
 */
public record PageAssets(String css, String script, String echarts, String echartsVersion) {
  private static final String WEBJAR = "META-INF/resources/webjars/echarts/";
  private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/echarts/pom.properties";

  /** Loads the assets; throws {@link UncheckedIOException} when one is missing from the classpath. */
  public static PageAssets load() {
    Properties pom = new Properties();
    try (InputStream in = resource(WEBJAR_POM)) {
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = pom.getProperty("version", "");
    return new PageAssets(text("dev/atlas/report/report.css"), text("dev/atlas/report/report.js"),
        text(WEBJAR + version + "/dist/echarts.min.js"), version);
  }

  private static String text(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = PageAssets.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("not on the classpath: " + name);
    }
    return in;
  }
}
