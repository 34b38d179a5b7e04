package dev.atlas.extract;

import dev.atlas.GuardedPattern;
import dev.atlas.Lexicon;
import dev.atlas.Whitespace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The one domain mapper: turns stated labels ("计算机视觉", "NLP", "生成模型 / GANs") into tags of
 * the fixed vocabulary, and infers tags from description text with the keyword lexicon.
 */
public final class DomainMapper {
  /** Prefix of the tags of fields outside the fixed vocabulary ("other:llm"). */
  public static final String OTHER = "other:";
  /** The fixed vocabulary, in the order the domains file lists it ("other:" tags aside). */
  public static final List<String> VOCABULARY;

  private static final Map<String, String> LABELS = new HashMap<>();
  private static final List<String> KEYWORD_TAGS = new ArrayList<>();
  /** For each keyword of {@link #KEYWORD_INDEX}, the index of its tag in {@link #KEYWORD_TAGS}. */
  private static final int[] KEYWORD_TAG;
  private static final KeywordIndex KEYWORD_INDEX;
  private static final GuardedPattern SPLIT =
      GuardedPattern.compile("\\s*(?:/|、|&|＆|,|，|;|；|\\+|\\band\\b|与|和|及)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern DECORATION =
      Pattern.compile(
          "^(?:[一二三四五六七八九十]{1,3}[、.．]|[\\s\\d.、)）(（#:：\\-–—|·•▌■●◆▍【\\[]+)|[\\s:：。.\\]】)）]+$|(领域|方向|类|相关)$");
  /** The characters {@link #DECORATION} can start with, and those it can end with. */
  private static final String OPENING_DECORATION = "一二三四五六七八九十0123456789.、)）(（#:：-–—|·•▌■●◆▍【[ \t\n\u000B\f\r";
  private static final String CLOSING_DECORATION = ":：。.]】)）域向类关 \t\n\u000B\f\r\u0085\u2028\u2029";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** Words that rank a section without naming its field: "Top Machine Learning Frameworks". */
  private static final Pattern RANKING_PREFIX =
      Pattern.compile("^(?:the\\s+)?(?:top|best|most popular|popular|trending)\\s+(?:\\d{1,3}\\s+)?|^(?:热门|最佳|最受欢迎|精选)", Pattern.CASE_INSENSITIVE);
  private static final GuardedPattern SUFFIX =
      GuardedPattern.compile(
          "\\s+(projects?|repos|repositories|libraries|library|tools|frameworks?|models?|papers|"
              + "resources|section|category)$|(项目|开源项目|库|工具|模型库|资源)$",
          Pattern.CASE_INSENSITIVE);

  static {
    List<String> vocabulary = new ArrayList<>();
    for (String[] row : Lexicon.rows("domains.tsv")) {
      String tag = row[0].strip();
      if (!tag.startsWith(OTHER)) {
        vocabulary.add(tag);
      }
      LABELS.put(tag, tag);
      for (String label : row[1].split("\\|")) {
        LABELS.put(label.strip().toLowerCase(Locale.ROOT), tag);
      }
    }
    VOCABULARY = List.copyOf(vocabulary);
    List<String> words = new ArrayList<>();
    List<Integer> wordTags = new ArrayList<>();
    for (String[] row : Lexicon.rows("domain-keywords.tsv")) {
      KEYWORD_TAGS.add(row[0].strip());
      for (String w : row[1].split("\\|")) {
        words.add(w.strip().toLowerCase(Locale.ROOT));
        wordTags.add(KEYWORD_TAGS.size() - 1);
      }
    }
    KEYWORD_TAG = wordTags.stream().mapToInt(Integer::intValue).toArray();
    KEYWORD_INDEX = new KeywordIndex(words);
  }

  private DomainMapper() {}

  /**
   * Maps a whole label to tags: every part of it (split on "/", "、", "and", …) must be a known
   * label, else the result is empty. "生成模型 / GANs" gives {generative-models}; "Python 自动完成"
   * gives nothing.
   */
  public static Set<String> fromLabel(String label) {
    return LABEL_TAGS.get(label);
  }

  /** Labels repeat across articles; their tags are remembered (read-only sets). */
  private static final dev.atlas.Memo<Set<String>> LABEL_TAGS =
      new dev.atlas.Memo<>(50_000, l -> java.util.Collections.unmodifiableSet(computeFromLabel(l)));

  private static Set<String> computeFromLabel(String label) {
    Set<String> tags = partsFromLabel(label);
    if (tags.isEmpty() && label != null && label.length() <= 120) {
      String[] halves = bilingualHalves(label.strip());
      if (halves.length == 2) {
        Set<String> first = partsFromLabel(halves[0]);
        Set<String> second = partsFromLabel(halves[1]);
        if (!first.isEmpty() && !second.isEmpty()) {
          tags.addAll(first);
          tags.addAll(second);
        }
      }
    }
    return tags;
  }

  /**
   * A label written in Chinese then English or the other way ("语音 Speech", "NLP 自然语言处理"),
   * split where the script changes at a space; one element when it is not such a label.
   */
  private static String[] bilingualHalves(String label) {
    for (int i = 1; i < label.length() - 1; i++) {
      if (label.charAt(i) != ' ') {
        continue;
      }
      int before = label.codePointBefore(i);
      int after = label.codePointAt(i + 1);
      if (Names.isCjk(before) != Names.isCjk(after) && (Names.isCjk(before) || Names.isCjk(after))) {
        return new String[] {label.substring(0, i), label.substring(i + 1)};
      }
    }
    return new String[] {label};
  }

  private static Set<String> partsFromLabel(String label) {
    Set<String> tags = new TreeSet<>();
    if (label == null) {
      return tags;
    }
    if (label.length() > 120) {
      return tags;
    }
    String cleaned = clean(withoutRankingPrefix(label.strip()));
    if (cleaned.isEmpty() || cleaned.length() > 60) {
      return tags;
    }
    String whole = LABELS.get(cleaned);
    if (whole != null) {
      tags.add(whole);
      return tags;
    }
    for (String part : SPLIT.mayMatch(cleaned) ? SPLIT.pattern().split(cleaned) : new String[] {cleaned}) {
      String p = clean(part);
      if (p.isEmpty()) {
        continue;
      }
      String tag = LABELS.get(p);
      if (tag == null) {
        tag = LABELS.get(clean(SUFFIX.mayMatch(p) ? SUFFIX.pattern().matcher(p).replaceAll("") : p));
      }
      if (tag == null) {
        return new TreeSet<>();
      }
      tags.add(tag);
    }
    return tags;
  }

  /**
   * Infers tags from an entry's name and description: a keyword in the name, or two keyword hits
   * in the text, suggest a tag. Returns an empty set for blank input.
   */
  public static Set<String> infer(String name, String description) {
    Set<String> tags = new TreeSet<>();
    boolean[] inName = KEYWORD_INDEX.find(name == null ? "" : name.toLowerCase(Locale.ROOT));
    boolean[] inText =
        KEYWORD_INDEX.find(description == null ? "" : description.toLowerCase(Locale.ROOT));
    int[] hits = new int[KEYWORD_TAGS.size()];
    boolean[] named = new boolean[KEYWORD_TAGS.size()];
    for (int k = 0; k < KEYWORD_TAG.length; k++) {
      named[KEYWORD_TAG[k]] |= inName[k];
      hits[KEYWORD_TAG[k]] += inText[k] ? 1 : 0;
    }
    for (int t = 0; t < KEYWORD_TAGS.size(); t++) {
      if (named[t] || hits[t] >= 2) {
        tags.add(KEYWORD_TAGS.get(t));
      }
    }
    return tags;
  }

  /** {@code label} without the ranking words it opens with ("Top 10 …"); {@link #RANKING_PREFIX} matches only at the start. */
  private static String withoutRankingPrefix(String label) {
    java.util.regex.Matcher m = RANKING_PREFIX.matcher(label);
    return m.lookingAt() ? label.substring(m.end()) : label;
  }

  static String clean(String label) {
    String s = label.strip().toLowerCase(Locale.ROOT);
    while (mayBeDecorated(s)) {
      String previous = s;
      s = DECORATION.matcher(s).replaceAll("").strip();
      if (s.equals(previous)) {
        break;
      }
    }
    return Whitespace.isSpacedOnce(s) ? s : WHITESPACE.matcher(s).replaceAll(" ");
  }

  /**
   * False when {@link #DECORATION} cannot match {@code s}: it opens with none of the characters
   * the pattern's start can take, and closes with none its end can (a line break counting, as
   * "$" matches before one).
   */
  private static boolean mayBeDecorated(String s) {
    return !s.isEmpty() && (OPENING_DECORATION.indexOf(s.charAt(0)) >= 0
        || CLOSING_DECORATION.indexOf(s.charAt(s.length() - 1)) >= 0);
  }
}
