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

  private static final java.util.List<String> KEYWORDS =
      java.util.List.of("gan", "gans", "face", "style transfer", "matlab", "lab", "图像", "检测", "ai图像", "ai", "a", "text");

  @Provide
  Arbitrary<String> descriptions() {
    return Arbitraries.of(" ", "-", "2", "a", "g", "an", "gan", "gans", "organ", "face", "faces", "surface", "style", " transfer",
        "matlab", "labs", "lab", "图像", "检测", "ai", "AI", "text", "texts", "x", "é", "\n")
        .list().ofMinSize(0).ofMaxSize(10).map(l -> String.join("", l));
  }

  /** Keywords found as the list was once searched: each keyword at every place it starts. */
  private static boolean[] findByKeyword(String text) {
    boolean[] found = new boolean[KEYWORDS.size()];
    for (int k = 0; k < KEYWORDS.size(); k++) {
      String w = KEYWORDS.get(k);
      boolean ascii = w.chars().allMatch(c -> c < 128);
      for (int i = text.indexOf(w); i >= 0 && !found[k]; i = text.indexOf(w, i + 1)) {
        boolean startsWord = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        if (!startsWord && w.charAt(0) < 128) {
          continue;
        }
        int end = i + w.length();
        found[k] = !ascii || end >= text.length() || !Character.isLetter(text.charAt(end)) || w.endsWith("ab");
      }
    }
    return found;
  }

  @Property(tries = 2000, seed = "20261207")
  void keywordsAreFoundAsByASearchForEach(@ForAll("descriptions") String text) {
    org.junit.jupiter.api.Assertions.assertArrayEquals(findByKeyword(text), new KeywordIndex(KEYWORDS).find(text), text);
  }

  @Provide
  Arbitrary<java.util.List<String>> blockTexts() {
    return Arbitraries.of("a", "abc def ", "中文", "计算机视觉", "x中", "https://github.com/a/b ", "http://x", "😀", "123", " ", "Ab")
        .list().ofMinSize(0).ofMaxSize(6).map(l -> String.join("", l)).list().ofMinSize(0).ofMaxSize(6);
  }

  /** The language as every character once decided it. */
  private static String languageByEveryCharacter(java.util.List<String> texts) {
    long cjk = 0;
    long latin = 0;
    for (String text : texts) {
      for (int i = 0; i < text.length(); ) {
        if (text.startsWith("http://", i) || text.startsWith("https://", i)) {
          while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
          }
          continue;
        }
        int cp = text.codePointAt(i);
        if (Names.isCjk(cp)) {
          cjk++;
        } else if (cp < 128 && Character.isLetter(cp)) {
          latin++;
        }
        i += Character.charCount(cp);
      }
    }
    return cjk == 0 && latin == 0 ? "und" : cjk * 3 >= latin ? "zh" : "en";
  }

  @Property(tries = 2000, seed = "20261207")
  void languageIsDecidedAsByEveryCharacter(@ForAll("blockTexts") java.util.List<String> texts) {
    java.util.List<dev.atlas.article.Block> blocks = texts.stream()
        .map(t -> new dev.atlas.article.Block(dev.atlas.article.BlockKind.PARAGRAPH, 0, t, t, null, null, 0, 1)).toList();
    assertEquals(languageByEveryCharacter(texts), dev.atlas.article.ArticleMetadata.language(blocks));
  }
}
