package dev.atlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GuardedPatternTest {
  private static List<String> words(String regex) {
    return GuardedPattern.compile(regex, 0).words();
  }

  @Example
  void readsTheWordsOfAnAlternation() {
    assertEquals(List.of("reddit", "讨论", "thread"), words("reddit|讨论$|^threads?$"));
    assertEquals(List.of("discussion"), words("^discussions?$|discussion threads?"));
    assertEquals(List.of("approx"), words("approx\\.?"));
    assertEquals(List.of("source", "代码地址"), words("(\\Qsource\\E ?\\Qcode\\E|\\Q代码地址\\E)\\s*:"));
    assertEquals(List.of("ab"), words("\\Qabc\\E?"));
    assertEquals(List.of("note", "end"), words("^(end ?notes?|end|end notes)$"));
  }

  @Example
  void takesTheLongestRunOrAGroupThatMustOccur() {
    assertEquals(List.of("论文", "paper"), words("(^|[：:\\s])(相关)?论文(列表|推荐)?$|^(related |further )?papers?( we read)?$"));
    assertEquals(List.of("github", "ml", "ai"), words("(github|ml|ai).*(项目|仓库|repos)$"));
    assertEquals(List.of("开源项目", "仓库"), words("(github|ml|ai).*(开源项目|仓库)$"));
    assertEquals(List.of("ab"), words("ab+c"));
    assertEquals(List.of("t make the cut"), words("didn'?t make the cut"));
  }

  @Example
  void readsNoWordsWhereAMatchNeedsNone() {
    assertNull(words("a?|b"));
    assertNull(words("[abc]+"));
    assertNull(words("(?=x)y"));
    assertNull(words("(?i)reddit"));
    assertNull(words("\\Q\\Ex"));
    assertNull(words("x|"));
    assertNull(GuardedPattern.compile("reddit", Pattern.MULTILINE).words());
  }

  @Example
  void aPatternIgnoringCaseComparesWordsIgnoringCase() {
    GuardedPattern p = GuardedPattern.compile("unlike|\\bvs\\.?", Pattern.CASE_INSENSITIVE);
    assertTrue(p.find("Unlike TensorFlow"));
    assertTrue(p.find("PyTorch VS. JAX"));
    assertFalse(p.mayMatch("PyTorch or JAX"));
  }

  @Example
  void aQuantifiedSurrogatePairIsOneCharacter() {
    assertTrue(GuardedPattern.compile("x😀?y", 0).find("xy"));
  }

  @Provide
  Arbitrary<String> labels() {
    List<String> pieces = new ArrayList<>(List.of(" ", "  ", ":", "：", "/", "|", "1", "12", "a", "x", "The ", "s", "?",
        "'", "-", "ai", "ml", "github", "开源", "项目", "论文", "相关", "列表", "讨论", "top", "best", "\t", "repos", "of",
        "this", "list", "the ", "(", ")", "【", "】", "GitHub", "source code", "Source", "代码地址", "地址在", "主页", "AND", "And ", "+", "，", "、", "Projects", " Tools", "库", "资源"));
    for (String[] row : Lexicon.rows("sections.tsv")) {
      for (String w : row[1].replaceAll("[()^$?\\\\]|\\[[^]]*]", "").split("\\|")) {
        if (!w.isBlank()) {
          pieces.add(w);
        }
      }
    }
    return Arbitraries.of(pieces).list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
  }

  /** The section rules, and the domain label patterns (as DomainMapper writes them). */
  private static final List<GuardedPattern> PATTERNS = new ArrayList<>();

  static {
    for (String[] row : Lexicon.rows("sections.tsv")) {
      PATTERNS.add(GuardedPattern.compile(row[1].strip(), 0));
    }
    PATTERNS.add(GuardedPattern.compile("\\s*(?:/|、|&|＆|,|，|;|；|\\+|\\band\\b|与|和|及)\\s*", Pattern.CASE_INSENSITIVE));
    PATTERNS.add(GuardedPattern.compile("(\\Qgithub\\E|\\Qsource\\E ?\\Qcode\\E|\\Q代码地址\\E)\\s*[：:]\\s*$|(\\Q地址在\\E|\\Q主页\\E)\\s*[：:]?\\s*$",
        Pattern.CASE_INSENSITIVE));
    PATTERNS.add(GuardedPattern.compile("\\s+(projects?|repos|repositories|libraries|library|tools|frameworks?|models?|papers|"
        + "resources|section|category)$|(项目|开源项目|库|工具|模型库|资源)$", Pattern.CASE_INSENSITIVE));
  }

  @Property(tries = 1000, seed = "20261207")
  void findsWhatThePatternFinds(@ForAll("labels") String label) {
    for (GuardedPattern p : PATTERNS) {
      assertEquals(p.pattern().matcher(label).find(), p.find(label), p.pattern() + " on " + label);
    }
  }

  @Provide
  Arbitrary<String> figures() {
    return Arbitraries.of(" ", "\t", "about ", "Over ", "~", ">", "≈", "接近", "1", "12,345", "1.2", "k", "万", "一", "+", "多",
        "stars", "Star", "星", "★", "⭐", "🌟", "\uD83C", "x", "The ", "(", ")")
        .list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
  }

  private static final List<GuardedPattern> STARTS = List.of(
      GuardedPattern.compile("(?<before>about|over|接近|~|>|≈)?\\s{0,2}(?<num>\\d+(?:[.,]\\d+)?|[一二万]+)\\s?[k万]?\\s*(?:stars?|星|★|⭐)(?![a-z])",
          Pattern.CASE_INSENSITIVE),
      GuardedPattern.compile("(?:星|stars?|★|⭐|🌟)\\s*[:：]?\\s*\\d+", Pattern.CASE_INSENSITIVE),
      GuardedPattern.compile("a?", 0),
      GuardedPattern.compile("\\bx", 0));

  @Property(tries = 1000, seed = "20261207")
  void aMatchStartsWithACharacterItMayStartWith(@ForAll("figures") String text) {
    for (GuardedPattern p : STARTS) {
      java.util.regex.Matcher m = p.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      for (int i = 0; i < text.length(); i++) {
        if (m.region(i, text.length()).lookingAt()) {
          assertTrue(p.mayStartWith(text.charAt(i)), p.pattern() + " at " + i + " of " + text);
          assertTrue(p.mayStartAt(text, i), p.pattern() + " at " + i + " of " + text);
        }
      }
    }
  }

  @Example
  void learnsWhichCharactersAMatchCanStartWith() {
    GuardedPattern p = STARTS.get(0);
    assertTrue(p.mayStartWith('A') && p.mayStartWith('o') && p.mayStartWith(' ') && p.mayStartWith('7') && p.mayStartWith('万'));
    assertFalse(p.mayStartWith('x') || p.mayStartWith('(') || p.mayStartWith('s'));
    assertTrue(STARTS.get(3).mayStartWith(' '), "a word boundary depends on what comes before");
    assertTrue(p.mayStartAt("about", 0) && p.mayStartAt(" 5", 0) && p.mayStartAt("ov", 0));
    assertFalse(p.mayStartAt("an old", 0) || p.mayStartAt("or", 0) || p.mayStartAt(" x", 0));
  }

  private static final List<GuardedPattern> RULES =
      Lexicon.rows("sections.tsv").stream().map(row -> GuardedPattern.compile(row[1].strip(), 0)).toList();
  private static final OrderedPatterns ORDERED = new OrderedPatterns(RULES);

  @Property(tries = 1000, seed = "20261207")
  void orderedPatternsFindTheFirstThatMatches(@ForAll("labels") String label) {
    int first = -1;
    for (int p = 0; p < RULES.size() && first < 0; p++) {
      first = RULES.get(p).pattern().matcher(label).find() ? p : -1;
    }
    assertEquals(first, ORDERED.firstMatch(label), label);
  }
}
