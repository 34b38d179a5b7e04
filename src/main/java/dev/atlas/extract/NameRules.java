package dev.atlas.extract;

import dev.atlas.GuardedPattern;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How an entry's display name is read from its heading and its repo. */
public final class NameRules {
  private static final GuardedPattern LEADING_DECORATION =
      GuardedPattern.compile("^[\\s▌▍■□●○◆◇★☆►▶•·※#>|\\-–—:：、.\\p{So}\\p{Sk}\\x{FE0F}\\x{2460}-\\x{24FF}\\x{2776}-\\x{2793}]+", 0);
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SHORTCODE = Pattern.compile(":[a-z0-9_+\\-]{1,30}:");
  private static final GuardedPattern NUMBERING =
      GuardedPattern.compile("^\\d{1,3}(?:[.．]\\d{1,3}){1,3}[.、)）．]?\\s+|^(?:(?:no\\.?|number|#|top)\\s*)?\\d{1,3}\\s*[.、)）．:：\\-–—]\\s*|^[（(]\\d{1,3}[)）]\\s*",
          Pattern.CASE_INSENSITIVE);
  /** "MUSE: Multilingual … Embeddings", or a Chinese tagline after a full-width colon: "XTuner：低成本微调工具". */
  private static final Pattern SHORT_PREFIX = Pattern.compile("^([^:：]{1,30})\\s*(?:[:：]\\s+.{12,}|：\\s*.{4,})$");
  private static final Pattern LEAD_NAME =
      Pattern.compile("^([A-Za-z][\\w.+\\-]*(?:[ ][A-Z][\\w.+\\-]*){0,3})\\s*(?:是|为|為|is|was|,|，|:|：|\\()");
  private static final Set<String> PHRASE_STARTS =
      Set.of("the", "a", "an", "what", "how", "why", "when", "where", "who", "our", "my", "we", "i",
          "this", "these", "that", "step", "part", "chapter", "in", "on", "for", "and", "to", "it", "its");

  /** Bold words that open a note, not a project: "**EDIT:** …", "**Update** — …". */
  private static final Set<String> NOTE_LABELS =
      Set.of("edit", "edit 2", "edit2", "update", "updated", "note", "notes", "ps", "p.s", "p.s.", "tl;dr", "tldr",
          "disclaimer", "disclosure", "warning", "tip", "caveat", "bonus", "注", "注意", "更新", "编者按", "提示", "免责声明");

  /** Longest text the name rules look at; names are far shorter, and it bounds every scan. */
  private static final int MAX_NAME_TEXT = 500;
  /** Longest bold lead ("**Name** — …") read as an entry's name. */
  private static final int MAX_LEAD = 60;
  /** How far into a description a leading name is looked for. */
  private static final int LEAD_WINDOW = 120;

  private NameRules() {}

  /** Returns {@code text} without leading bullets, symbols and numbering, or trailing symbols. */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    if (text.length() > MAX_NAME_TEXT) {
      text = text.substring(0, MAX_NAME_TEXT);
    }
    // a shortcode (":rocket:") holds two colons
    String t = (text.indexOf(':') != text.lastIndexOf(':') ? SHORTCODE.matcher(text).replaceAll(" ") : text).strip();
    String previous;
    while (mayBeDecoratedOrNumbered(t)) {
      previous = t;
      t = withoutPrefix(LEADING_DECORATION, t);
      t = withoutPrefix(NUMBERING, t);
      if (t.equals(previous)) {
        break;
      }
    }
    int end = t.length();
    while (end > 0 && isDecoration(t.codePointBefore(end))) {
      end -= Character.charCount(t.codePointBefore(end));
    }
    return t.substring(0, end).strip();
  }

  /**
   * {@code t} without the match of {@code anchored} (a pattern that starts with ^) at its start;
   * {@code lookingAt} tries the start alone, where {@code replaceFirst} would try every position.
   */
  private static String withoutPrefix(GuardedPattern anchored, String t) {
    if (t.isEmpty() || !anchored.mayStartWith(t.charAt(0))) {
      return t;
    }
    Matcher m = anchored.pattern().matcher(t);
    return m.lookingAt() ? t.substring(m.end()) : t;
  }

  /**
   * False when neither {@link #LEADING_DECORATION} nor {@link #NUMBERING} can match: the text starts
   * with a letter, but not with the "no" of "no."/"number" or with "top" (letters are never decoration).
   */
  private static boolean mayBeDecoratedOrNumbered(String t) {
    if (t.isEmpty()) {
      return false;
    }
    if (!Character.isLetter(t.charAt(0))) {
      return true;
    }
    return t.regionMatches(true, 0, "no", 0, 2) || t.regionMatches(true, 0, "top", 0, 3);
  }

  private static boolean isDecoration(int cp) {
    return Character.isWhitespace(cp) || "▌■●◆★☆:：|-–—".indexOf(cp) >= 0 || cp == 0xFE0F
        || Character.getType(cp) == Character.OTHER_SYMBOL;
  }

  /** A heading split into its name part and a trailing tag such as "(NLP)" or "（计算机视觉）". */
  public record Tagged(String name, String tag) {}

  /** Splits a trailing parenthesized tag off {@code label}; the tag is empty when there is none. */
  public static Tagged splitTag(String label) {
    String t = label.strip();
    if (t.isEmpty() || (t.charAt(t.length() - 1) != ')' && t.charAt(t.length() - 1) != '）')) {
      return new Tagged(label, "");
    }
    int close = t.length() - 1;
    int open = close - 1;
    while (open >= 0 && close - open <= 41 && "()（）".indexOf(t.charAt(open)) < 0) {
      open--;
    }
    if (open < 0 || (t.charAt(open) != '(' && t.charAt(open) != '（') || close - open < 2 || close - open > 41) {
      return new Tagged(label, "");
    }
    String name = t.substring(0, open).strip();
    return name.isEmpty() ? new Tagged(label, "") : new Tagged(name, t.substring(open + 1, close).strip());
  }

  /** Returns the short name before a colon in "MUSE: Multilingual … Embeddings", else the label. */
  public static String shortName(String label) {
    if (label.length() > MAX_NAME_TEXT) {
      return label;
    }
    if (label.indexOf(':') < 0 && label.indexOf('：') < 0) {
      // the pattern needs a colon
      return label;
    }
    Matcher m = SHORT_PREFIX.matcher(label);
    if (m.matches() && SPACES.split(m.group(1).strip()).length <= 3) {
      return m.group(1).strip();
    }
    return label;
  }

  /** Returns the name a description starts with ("Keras 是一个…" gives "Keras"), or empty. */
  public static String leadingName(String description) {
    if (description == null) {
      return "";
    }
    String head = description.strip();
    Matcher m = LEAD_NAME.matcher(head.length() > LEAD_WINDOW ? head.substring(0, LEAD_WINDOW) : head);
    return m.find() ? m.group(1).strip() : "";
  }

  /**
   * Returns the display name: the heading's name when it names the repo (or its subfolder) or is a
   * short Latin name ("torchvision" for pytorch/vision), else the repo's name as written in the
   * link (a garbled translation, or a descriptive title of many words).
   */
  public static String displayName(String headingName, GithubRepo repo) {
    if (repo == null) {
      return headingName;
    }
    String h = Names.normalize(headingName);
    String repoName = repo.name();
    String folder = repo.path().isEmpty() ? "" : repo.path().substring(repo.path().lastIndexOf('/') + 1);
    if (!h.isEmpty() && (h.equals(Names.normalize(repoName)) || (!folder.isEmpty() && h.equals(Names.normalize(folder))))) {
      return headingName;
    }
    if (!Names.hasCjk(headingName) && isShortName(headingName)) {
      return headingName;
    }
    return folder.isEmpty() ? repoName : folder;
  }

  private static boolean isShortName(String name) {
    String t = name.strip();
    return !t.isEmpty() && t.length() <= 30 && SPACES.split(t).length <= 3;
  }

  /**
   * Returns true when a name without a link still reads as a project name: it has Latin letters,
   * is short, and is not a phrase ("The announcement", "What it means").
   */
  public static boolean looksLikeProjectName(String name) {
    if (name == null || name.isBlank() || name.length() > 80) {
      return false;
    }
    if (name.chars().noneMatch(c -> c < 128 && Character.isLetter(c))) {
      return false;
    }
    return SPACES.split(name.strip()).length <= 8 && !isPhrase(name);
  }

  /**
   * The bold text a markdown line opens with, after quote marks and a leading emoji, whatever
   * follows it ("Alpha" of "**Alpha** (★ 10.4k) – search"); "" when the line does not open with
   * bold text, or the bold text holds a link or is longer than a name.
   */
  public static String leadingBold(String source) {
    String[] bold = boldAndRest(source);
    if (bold == null) {
      return "";
    }
    String name = clean(bold[0]);
    return NOTE_LABELS.contains(name.toLowerCase(Locale.ROOT)) ? "" : name;
  }

  /**
   * The bold name a markdown line opens with, before a dash or colon and more text: "**PEFT** —
   * a library…", "> __Qwen__: …" and "**Unsloth:** kernels…" give the name; any other line gives
   * "". Linked bold text and names that read as phrases give "" too.
   */
  public static String boldLead(String source) {
    String[] bold = boldAndRest(source);
    if (bold == null) {
      return "";
    }
    String inner = bold[0].strip();
    String rest = bold[1].strip();
    if (inner.endsWith(":") || inner.endsWith("：")) {
      inner = inner.substring(0, inner.length() - 1);
    } else if (!rest.isEmpty() && "—–-:：|".indexOf(rest.charAt(0)) >= 0) {
      rest = rest.substring(1).strip();
    } else {
      return "";
    }
    String name = clean(inner);
    return rest.isEmpty() || !looksLikeProjectName(name) || NOTE_LABELS.contains(name.toLowerCase(Locale.ROOT)) ? "" : name;
  }

  /**
   * The bold text a line opens with (quote marks and a leading emoji, "🔥 **Name**：…", skipped)
   * and what follows it; null when it opens with none, or the bold text holds a link or is longer
   * than a name.
   */
  private static String[] boldAndRest(String source) {
    if (source == null) {
      return null;
    }
    String s = source.strip();
    int i = 0;
    while (i < s.length() && (s.charAt(i) == '>' || s.charAt(i) == ' ' || isDecoration(s.codePointAt(i)))) {
      i += Character.charCount(s.codePointAt(i));
    }
    s = s.substring(i);
    String marker = s.startsWith("**") ? "**" : s.startsWith("__") ? "__" : null;
    int close = marker == null ? -1 : s.indexOf(marker, 2);
    if (close < 0 || close - 2 > MAX_LEAD || s.substring(2, close).contains("](")) {
      return null;
    }
    return new String[] {s.substring(2, close), s.substring(close + 2)};
  }

  /**
   * Returns true when {@code name} reads as an English phrase or sentence rather than a name: it
   * starts with a function word and goes on in lower case ("The announcement", "What it means";
   * "The Art of Command Line" is a title), or ends like a sentence.
   */
  public static boolean isPhrase(String name) {
    String t = name == null ? "" : name.strip();
    if (t.isEmpty()) {
      return true;
    }
    if (t.length() > MAX_NAME_TEXT) {
      return true;
    }
    String[] words = SPACES.split(t);
    if (words.length >= 2 && PHRASE_STARTS.contains(words[0].toLowerCase(Locale.ROOT))
        && !Character.isUpperCase(words[1].codePointAt(0))) {
      // "The announcement" is a sentence; "The Art of Command Line" is a title
      return true;
    }
    return "。！？!?.,，;；".indexOf(t.charAt(t.length() - 1)) >= 0;
  }
}
