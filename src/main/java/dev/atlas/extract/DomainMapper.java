package dev.atlas.extract;

import dev.atlas.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
  /** The fixed vocabulary, in the order the domains file lists it. */
  public static final List<String> VOCABULARY;

  private static final Map<String, String> LABELS = new HashMap<>();
  private static final Map<String, List<String>> KEYWORDS = new LinkedHashMap<>();
  private static final Pattern SPLIT =
      Pattern.compile("\\s*(?:/|、|&|＆|,|，|;|；|\\+|\\band\\b|与|和|及)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern DECORATION =
      Pattern.compile(
          "^[\\s\\d.、)）(（#:：\\-–—|·•▌■●◆▍【\\[]+|[\\s:：。.\\]】)）]+$|(领域|方向|类|相关)$");
  private static final Pattern SUFFIX =
      Pattern.compile(
          "\\s+(projects?|repos|repositories|libraries|library|tools|frameworks?|models?|papers|"
              + "resources|section|category)$|(项目|开源项目|库|工具|模型库|资源)$",
          Pattern.CASE_INSENSITIVE);

  static {
    List<String> vocabulary = new ArrayList<>();
    for (String[] row : Lexicon.rows("domains.tsv")) {
      String tag = row[0].strip();
      vocabulary.add(tag);
      LABELS.put(tag, tag);
      for (String label : row[1].split("\\|")) {
        LABELS.put(label.strip().toLowerCase(Locale.ROOT), tag);
      }
    }
    VOCABULARY = List.copyOf(vocabulary);
    for (String[] row : Lexicon.rows("domain-keywords.tsv")) {
      List<String> words = new ArrayList<>();
      for (String w : row[1].split("\\|")) {
        words.add(w.strip().toLowerCase(Locale.ROOT));
      }
      KEYWORDS.put(row[0].strip(), List.copyOf(words));
    }
  }

  private DomainMapper() {}

  /**
   * Maps a whole label to tags: every part of it (split on "/", "、", "and", …) must be a known
   * label, else the result is empty. "生成模型 / GANs" gives {generative-models}; "Python 自动完成"
   * gives nothing.
   */
  public static Set<String> fromLabel(String label) {
    Set<String> tags = new TreeSet<>();
    if (label == null) {
      return tags;
    }
    if (label.length() > 120) {
      return tags;
    }
    String cleaned = clean(label);
    if (cleaned.isEmpty() || cleaned.length() > 60) {
      return tags;
    }
    String whole = LABELS.get(cleaned);
    if (whole != null) {
      tags.add(whole);
      return tags;
    }
    for (String part : SPLIT.split(cleaned)) {
      String p = clean(part);
      if (p.isEmpty()) {
        continue;
      }
      String tag = LABELS.get(p);
      if (tag == null) {
        tag = LABELS.get(clean(SUFFIX.matcher(p).replaceAll("")));
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
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    String d = description == null ? "" : description.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, List<String>> e : KEYWORDS.entrySet()) {
      int hits = 0;
      boolean inName = false;
      for (String word : e.getValue()) {
        if (contains(n, word)) {
          inName = true;
        }
        if (contains(d, word)) {
          hits++;
        }
      }
      if (inName || hits >= 2) {
        tags.add(e.getKey());
      }
    }
    return tags;
  }

  private static boolean contains(String text, String word) {
    int i = text.indexOf(word);
    if (i >= 0 && !isAscii(word)) {
      return true;
    }
    while (i >= 0) {
      boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      int end = i + word.length();
      boolean endOk =
          end >= text.length() || !Character.isLetter(text.charAt(end)) || word.endsWith("ab");
      if (startOk && endOk) {
        return true;
      }
      i = text.indexOf(word, i + 1);
    }
    return false;
  }

  private static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static String clean(String label) {
    String s = label.strip().toLowerCase(Locale.ROOT);
    String previous;
    do {
      previous = s;
      s = DECORATION.matcher(s).replaceAll("").strip();
    } while (!s.equals(previous));
    return s.replaceAll("\\s+", " ");
  }
}
