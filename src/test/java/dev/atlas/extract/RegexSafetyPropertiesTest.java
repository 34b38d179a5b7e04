package dev.atlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.article.Article;
import dev.atlas.article.ArticleMetadata;
import dev.atlas.article.ArticleReadException;
import dev.atlas.article.ArticleReader;
import dev.atlas.article.HtmlArticleParser;
import dev.atlas.article.MarkdownArticleParser;
import dev.atlas.article.RejectReason;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Property tests that every pattern-using function runs in bounded time on hostile strings: long
 * runs of the characters the patterns care about (marks, digits, separators, star words, URL
 * pieces, CJK), in any mix. A backtracking pattern shows up as a call far over its budget. The
 * budget is CPU time of the calling thread, which a busy machine does not stretch; where the JVM
 * cannot measure it, wall time with a wider budget. The seed is fixed so a build is repeatable;
 * change it locally to explore further.
 */
class RegexSafetyPropertiesTest {
  /** CPU time one call may take: a backtracking pattern on these inputs takes seconds to minutes. */
  private static final long BUDGET_MS = 1000;
  /** Wall time one call may take where thread CPU time cannot be measured. */
  private static final long WALL_BUDGET_MS = 10 * BUDGET_MS;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String REACHES_FINDER = "reaches the entry finder";

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> piece = Arbitraries.of(" ", "  ", "\t", "#", "##", "**", "__", "*", "-", "=", "_", "[", "]", "(",
        ")", "<", ">", "!", "|", ":", "：", ",", "，", ".", "。", "0", "1", "9", "1,000", ",000", "k", "K", "万", "一",
        "星", "颗星", "★", "⭐", "star", "Stars", "标星", "接近", "over ", "github.com/", "https://", "a/b", "%3A", "/",
        "?", "&", "=", "target=", "作者：", "GitHub地址：", "Rank ", "第", "名", "No. ", "(NLP)", "（计算机视觉）", "🔥",
        ":star2:", "\n", "\n\n", "> ", "1. ", "- ", "```", "Ab", "x", "项目", "The ", "which ", "unlike ");
    Arbitrary<String> runs = Arbitraries.of(" ", "-", "*", ".", "1", ",000", "#", "[", "(", "a", "星", "=")
        .flatMap(c -> Arbitraries.integers().between(100, 6000).map(c::repeat));
    return Arbitraries.oneOf(piece, piece, runs).list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("", l));
  }

  private static void timed(String what, Runnable r) {
    boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
    long cpuStart = cpu ? THREADS.getCurrentThreadCpuTime() : 0;
    long wallStart = System.nanoTime();
    r.run();
    long wallMs = (System.nanoTime() - wallStart) / 1_000_000;
    if (cpu) {
      long cpuMs = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
      assertTrue(cpuMs < BUDGET_MS, what + " took " + cpuMs + " ms of CPU time (" + wallMs + " ms wall)");
    } else {
      assertTrue(wallMs < WALL_BUDGET_MS, what + " took " + wallMs + " ms");
    }
  }

  @Property(tries = 300, seed = "20261124")
  void fieldReadersRunInBoundedTime(@ForAll("hostile") String s) {
    timed("StarCount.parse", () -> StarCount.parse(s));
    timed("StarCount.findInProse", () -> StarCount.findInProse(s));
    timed("LinkNormalizer.github", () -> LinkNormalizer.github(s));
    timed("LinkNormalizer.withoutTracking", () -> LinkNormalizer.withoutTracking(s));
    timed("DomainMapper.fromLabel", () -> DomainMapper.fromLabel(s));
    timed("DomainMapper.infer", () -> DomainMapper.infer(s, s));
    timed("FieldLine.parse", () -> FieldLine.parse(s));
    timed("SectionRules.kind", () -> SectionRules.kind(s));
    timed("FigureCaption", () -> {
      FigureCaption c = FigureCaption.parse(s);
      if (c != null) {
        c.nameIn(s);
      }
      FigureCaption.parse("图 1：" + s);
    });
    timed("NameRules", () -> {
      NameRules.clean(s);
      NameRules.splitTag(s);
      NameRules.shortName(s);
      NameRules.leadingName(s);
      NameRules.isPhrase(s);
    });
    timed("ArticleMetadata", () -> {
      ArticleMetadata.date(s);
      ArticleMetadata.cleanTitle(s);
    });
  }

  /** A case the properties once shrank to: a digit run after a star word, three times in one article. */
  @Example
  void digitRunAfterAStarWord() {
    String s = "= \n    ★万=" + "1".repeat(4598) + "0";
    timed("entries", () -> {
      try {
        EntryFinder.find(ArticleReader.parse("f.md", ("# t\n\n## " + s + "\n\n" + s + "\n\n- " + s).getBytes(StandardCharsets.UTF_8)));
      } catch (ArticleReadException e) {
        throw new AssertionError(e);
      }
    });
  }

  /** A case the properties once found: a line opening with bold markers, then a long blank run. */
  @Example
  void boldMarkersThenALongBlankRun() {
    String s = "*".repeat(3000) + "-" + " ".repeat(8000) + "=" + "1".repeat(500) + "名 ：一";
    timed("markdown", () -> MarkdownArticleParser.parse(s + "\n\n" + s + "\n\n- " + s));
  }

  /**
   * The parsers, then the whole article through the reader and the entry finder. The article has
   * no title of its own, so a string of marks alone is rejected before the finder, as NO_TEXT and
   * for nothing else. Two thirds of the tries at least must reach the finder, or the property tests
   * little, and some must be rejected, or the rejection is never checked.
   */
  @Property(tries = 150, seed = "20261124")
  void parsersAndTheEntryFinderRunInBoundedTime(@ForAll("hostile") String s) {
    timed("markdown", () -> MarkdownArticleParser.parse(s));
    timed("html", () -> HtmlArticleParser.parse("<h2>" + s + "</h2><p>" + s + "</p>"));
    String text = "## " + s + "\n\n" + s + "\n\n- " + s;
    boolean hasLetters = text.codePoints().anyMatch(Character::isLetterOrDigit);
    timed("entries", () -> {
      Article article;
      try {
        article = ArticleReader.parse("f.md", text.getBytes(StandardCharsets.UTF_8));
      } catch (ArticleReadException e) {
        assertEquals(RejectReason.NO_TEXT, e.reason(), e.getMessage());
        assertFalse(hasLetters, "rejected although it has letters: " + e.getMessage());
        return;
      }
      assertTrue(hasLetters, "a text without letters was read as an article");
      EntryFinder.find(article);
    });
    Statistics.label(REACHES_FINDER).collect(hasLetters);
    Statistics.label(REACHES_FINDER).coverage(c -> {
      c.check(true).count(n -> n >= 100);
      c.check(false).count(n -> n >= 1);
    });
  }
}
