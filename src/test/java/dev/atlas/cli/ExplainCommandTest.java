package dev.atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
  private static String explain(Path file) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Atlas.execute("explain", file.toString()));
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void explainsMarkdownTextAndHtml(@TempDir Path dir) throws Exception {
    Path md = Files.writeString(dir.resolve("a.md"),
        "# Picks\n\n## [Alpha](https://github.com/a/alpha)\n\n★ 1.2k\n\n## [Beta](https://github.com/b/beta)\n\nStars: 900\n");
    String out = explain(md);
    assertTrue(out.contains("BLOCKS"), out);
    assertTrue(out.contains("repo:a/alpha"), out);
    assertTrue(out.contains("accepted: 2 of 2 records rest on evidence"), out);
    assertTrue(out.contains("1. Alpha  [heading+repo+stars]  a/alpha  ★1200"), out);

    Path txt = Files.writeString(dir.resolve("b.txt"),
        "DIGEST\n\n>> Bark\nGitHub: https://github.com/suno-ai/bark\nStars: 25,300\n\n>> Darts\nGitHub: https://github.com/unit8co/darts\n");
    assertTrue(explain(txt).contains("2. Darts  [paragraph+repo]  unit8co/darts"));

    Path html = Files.writeString(dir.resolve("c.html"), "<html><head><title>Two picks</title></head><body><article><h2><a href=\"https://github.com/a/alpha\">Alpha</a></h2>"
        + "<p>Fast.</p><h2><a href=\"https://github.com/b/beta\">Beta</a></h2><p>Small.</p></article></body></html>");
    String h = explain(html);
    assertTrue(h.contains("1. Alpha  [heading+repo]  a/alpha"), h);
    assertTrue(h.contains("2. Beta"), h);
  }

  @Test
  void anUnreadableFileIsNamedWithItsReason(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.md"), "");
    assertEquals(2, Atlas.execute("explain", empty.toString()));
  }
}
