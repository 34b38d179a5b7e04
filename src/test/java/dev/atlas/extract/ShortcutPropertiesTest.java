package dev.atlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The checks run before a pattern to skip it where it cannot match change nothing: each function
 * gives what the plain pattern gives, on texts made of the characters the patterns care about.
 */
class ShortcutPropertiesTest {
  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of(" ", "\t", "\n", "\u0085", "\u2028", "\u3000", "一", "三、", "十二.", "1", "1.", "(", ")", "（", "）",
        "#", ":", "：", "-", "—", "|", "·", "•", "▌", "【", "】", "[", "]", "。", ".", "领域", "方向", "类", "相关", "域",
        "计算机视觉", "NLP", "nlp", "Top 10 ", "the best ", "热门", "AI", "and", " / ", "、", "projects", " tools",
        "项目", "Speech", "语音", "x", "Ab")
        .list().ofMinSize(0).ofMaxSize(8).map(l -> String.join("", l));
  }

  private static final Pattern DECORATION = Pattern.compile(
      "^(?:[一二三四五六七八九十]{1,3}[、.．]|[\\s\\d.、)）(（#:：\\-–—|·•▌■●◆▍【\\[]+)|[\\s:：。.\\]】)）]+$|(领域|方向|类|相关)$");

  /** The label cleaning as a plain pattern loop. */
  private static String cleanByPattern(String label) {
    String s = label.strip().toLowerCase(Locale.ROOT);
    String previous;
    do {
      previous = s;
      s = DECORATION.matcher(s).replaceAll("").strip();
    } while (!s.equals(previous));
    return s.replaceAll("\\s+", " ");
  }

  @Property(tries = 2000, seed = "20261207")
  void domainLabelsAreCleanedAsByThePattern(@ForAll("labels") String label) {
    assertEquals(cleanByPattern(label), DomainMapper.clean(label));
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(" ", "\t", "\n", "\u000B", "\u3000", ".", ". ", ".\n", "..", "。", "！", "？", "!", "?", "；", ";", ",",
        "，", "a", "It", " has ", "12k stars", "x")
        .list().ofMinSize(0).ofMaxSize(12).map(l -> String.join("", l));
  }

  private static final Pattern CLAUSE_END = Pattern.compile("[。！？!?；;]|\\.\\s");

  @Property(tries = 2000, seed = "20261207")
  void clausesAreCutAsByThePattern(@ForAll("prose") String text, @ForAll("positions") int a, @ForAll("positions") int b) {
    int from = Math.min(a, text.length());
    int to = Math.min(Math.max(from, b), text.length());
    int start = 0;
    java.util.regex.Matcher m = CLAUSE_END.matcher(text);
    while (m.find() && m.end() <= from) {
      start = m.end();
    }
    assertEquals(start, ProseAttribution.clauseStart(text, from));
    m = CLAUSE_END.matcher(text);
    int end = m.find(to) ? m.start() : text.length();
    assertEquals(text.substring(start, Math.max(start, end)), ProseAttribution.clauseAround(text, from, to));
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 40);
  }
}
