package dev.atlas.extract;

import dev.atlas.GuardedPattern;
import dev.atlas.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a star figure in running text belongs to the entry being read, or to another
 * project merely mentioned beside it ("unlike TensorFlow, which has 170k stars").
 */
final class ProseAttribution {
  /** The marks that end a clause; a full stop ends one when a space follows it. */
  private static final String CLAUSE_MARKS = "。！？!?；;";
  private static final GuardedPattern COMPARISON =
      GuardedPattern.compile("unlike|compared|than|versus|\\bvs\\.?|whereas|相比|不同于|比起|对比|不像|而\\s*\\S+\\s*(则|有)", Pattern.CASE_INSENSITIVE);
  private static final GuardedPattern SELF =
      GuardedPattern.compile("\\b(this|it|its|it's|the (repo|repository|project|library|tool|framework|model))\\b|这个|该|它|本项目|此项目|这一|这款|此库", Pattern.CASE_INSENSITIVE);
  private static final int MAX_SUBJECT = 60;
  private static final Pattern PROPER = Pattern.compile("\\b([A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9\\-]*|[A-Z][a-z]{2,}[A-Za-z0-9\\-]*)\\b");
  private static final Set<String> COMMON =
      Set.of("github", "python", "the", "this", "it", "its", "we", "i", "in", "on", "with", "over", "about",
          "nearly", "almost", "more", "stars", "star", "since", "already", "within", "after", "at", "by",
          "today", "currently", "now", "and", "but", "has", "had", "one", "repo", "project");

  private ProseAttribution() {}

  /**
   * Returns true when {@code found} in {@code text} states the stars of the entry {@code name}:
   * no comparison precedes it in its clause, and the nearest subject before it is the entry itself
   * (its name, its repo's name, "it", "the repo", "这个") rather than another proper name.
   */
  static boolean belongsTo(String text, StarCount.Found found, String name, GithubRepo repo) {
    return belongsTo(text, found, name, repo, false);
  }

  /**
   * As {@link #belongsTo(String, StarCount.Found, String, GithubRepo)}; with {@code ownLine} the
   * text is the entry's own line ("[Name](…) Master the command line [⭐ 45,583]"), where other
   * capitalized words are its description, not other subjects: only a comparison, a "which", a
   * parenthesis after another name or another repository's link take the figure away.
   */
  static boolean belongsTo(String text, StarCount.Found found, String name, GithubRepo repo, boolean ownLine) {
    String before = parenthesisSubject(text, found.start());
    if (!before.isEmpty()) {
      // "text-generation-inference (8.2k stars)": the figure is the name's before the parenthesis
      String own = Names.normalize(name);
      String repoName = repo == null ? "" : Names.normalize(repo.name());
      boolean ownSubject = !own.isEmpty() && (own.contains(before) || before.contains(own))
          || !repoName.isEmpty() && (repoName.contains(before) || before.contains(repoName));
      if (!ownSubject) {
        return false;
      }
    }
    String clause = clauseAround(text, found.start(), found.end());
    int offset = found.start() - clauseStart(text, found.start());
    if (COMPARISON.mayMatch(clause)) {
      Matcher cmp = COMPARISON.pattern().matcher(clause);
      if (cmp.find() && cmp.start() < offset) {
        return false;
      }
    }
    String own = Names.normalize(name);
    String repoName = repo == null ? "" : Names.normalize(repo.name());
    for (String subject : whichSubjects(clause, offset)) {
      if (!subject.isEmpty() && !own.equals(subject) && !repoName.equals(subject)) {
        return false;
      }
    }
    int ownAt = Math.max(lastIndexBefore(clause, name, offset), repo == null ? -1 : lastIndexBefore(clause, repo.name(), offset));
    if (SELF.mayMatch(clause)) {
      Matcher self = SELF.pattern().matcher(clause);
      while (self.find() && self.start() < offset) {
        ownAt = Math.max(ownAt, self.start());
      }
    }
    int otherAt = -1;
    // a Chinese sentence keeps its topic across "，": only a name in the figure's own part competes
    int part = clause.lastIndexOf('，', offset) + 1;
    if (!ownLine) {
      // names starting before the figure end by the end of the word at it: the search stops there
      int end = Math.min(offset, clause.length());
      while (end < clause.length() && isNameChar(clause.charAt(end))) {
        end++;
      }
      Matcher m = PROPER.matcher(clause).useTransparentBounds(true).region(part, end);
      while (m.find() && m.start() < offset) {
        String word = m.group(1);
        String w = Names.normalize(word);
        boolean first = clause.substring(0, m.start()).isBlank();
        boolean ownPart = !w.isEmpty() && (own.contains(w) || repoName.contains(w) || w.contains(own) && !own.isEmpty());
        if (!first && !ownPart && !w.isEmpty() && !COMMON.contains(word.toLowerCase(Locale.ROOT))) {
          otherAt = m.start();
        }
      }
    }
    otherAt = Math.max(otherAt, otherRepoLink(clause, offset, repo));
    return otherAt < 0 || ownAt > otherAt;
  }

  /**
   * The normalized word before the parenthesis a figure at {@code at} stands in ("inference" of
   * "text-generation-inference (8.2k stars)", "pandas" of "pandas（GitHub 上也有 4.2 萬星）"), or
   * "" when the figure is not in a parenthesis, or one opening after a sentence.
   */
  private static String parenthesisSubject(String text, int at) {
    // the parenthesis the figure stands in, if it opens within a few words before it
    int i = at - 1;
    while (i >= 0 && at - i <= MAX_SUBJECT && text.charAt(i) != '(' && text.charAt(i) != '（') {
      char c = text.charAt(i);
      if (c == ')' || c == '）' || "。！？!?；;".indexOf(c) >= 0) {
        return "";
      }
      i--;
    }
    if (i < 0 || at - i > MAX_SUBJECT || (text.charAt(i) != '(' && text.charAt(i) != '（')) {
      return "";
    }
    int end = i;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == 0 || !Character.isLetterOrDigit(text.charAt(end - 1))) {
      // "… on CPUs. (28.4k stars)": a sentence ended; the figure is the text's, not a word's
      return "";
    }
    int start = end;
    while (start > 0 && end - start < MAX_SUBJECT && (isWordChar(text.charAt(start - 1)) || Names.isCjk(text.charAt(start - 1)))) {
      start--;
    }
    return Names.normalize(text.substring(start, end));
  }

  /**
   * True when the clause of {@code found} names the entry itself: its name, its repo's name, or
   * "it", "the repo", "这个" and the like.
   */
  static boolean namesOwn(String text, StarCount.Found found, String name, GithubRepo repo) {
    String clause = clauseAround(text, found.start(), found.end());
    String lower = clause.toLowerCase(Locale.ROOT);
    if (name != null && name.strip().length() >= 2 && lower.contains(name.strip().toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (repo != null && lower.contains(repo.name().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return SELF.find(clause);
  }

  /**
   * True when the clause of {@code found} names some other project before the figure: a proper
   * name that is not part of the entry's own name, the sentence's first word included ("Fabric,
   * with close to 20k stars, …" in a section about something else).
   */
  static boolean namesOther(String text, StarCount.Found found, String name, GithubRepo repo) {
    int start = clauseStart(text, found.start());
    String clause = text.substring(start, Math.max(start, found.start()));
    String own = Names.normalize(name);
    String repoName = repo == null ? "" : Names.normalize(repo.name());
    Matcher m = PROPER.matcher(clause);
    while (m.find()) {
      String word = m.group(1);
      String w = Names.normalize(word);
      boolean ownPart = !w.isEmpty() && (own.contains(w) || repoName.contains(w) || !own.isEmpty() && w.contains(own));
      if (!ownPart && !w.isEmpty() && !COMMON.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** True when one of {@code linkTexts} (other projects' links) stands in the clause of {@code found}, before it. */
  static boolean followsLink(String text, StarCount.Found found, List<String> linkTexts) {
    int start = clauseStart(text, found.start());
    String before = text.substring(start, Math.max(start, found.start()));
    for (String t : linkTexts) {
      if (!t.isBlank() && before.contains(t.strip())) {
        return true;
      }
    }
    return false;
  }

  /** Where the last GitHub link before {@code offset} to a repository other than {@code own} starts, or -1. */
  private static int otherRepoLink(String clause, int offset, GithubRepo own) {
    int last = -1;
    int at = clause.indexOf("github.com/");
    while (at >= 0 && at < offset) {
      int end = at;
      while (end < clause.length() && !Character.isWhitespace(clause.charAt(end)) && clause.charAt(end) != '，') {
        end++;
      }
      var repo = LinkNormalizer.github(clause.substring(at, end));
      if (repo.isPresent() && (own == null || !repo.get().key().equals(own.key()))) {
        last = at;
      }
      at = clause.indexOf("github.com/", at + 1);
    }
    return last;
  }

  /**
   * Returns the normalized word before each "which" that precedes the figure ("gym, which still
   * shows 34k stars" gives "gym"). A plain scan: a regex here backtracked over long digit runs.
   */
  private static List<String> whichSubjects(String clause, int offset) {
    List<String> subjects = new ArrayList<>();
    String lower = clause.toLowerCase(Locale.ROOT);
    int at = lower.indexOf("which");
    while (at >= 0 && at < offset) {
      boolean word = (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
          && (at + 5 >= lower.length() || !Character.isLetterOrDigit(lower.charAt(at + 5)));
      if (word) {
        int end = at;
        while (end > 0 && (Character.isWhitespace(clause.charAt(end - 1)) || clause.charAt(end - 1) == ',' || clause.charAt(end - 1) == '，')) {
          end--;
        }
        int start = end;
        while (start > 0 && end - start < MAX_SUBJECT && isWordChar(clause.charAt(start - 1))) {
          start--;
        }
        subjects.add(Names.normalize(clause.substring(start, end)));
      }
      at = lower.indexOf("which", at + 5);
    }
    return subjects;
  }

  /** True for the characters a {@link #PROPER} name is made of. */
  private static boolean isNameChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '-');
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '+' || c == '-';
  }

  private static int lastIndexBefore(String clause, String name, int offset) {
    if (name == null || name.isBlank()) {
      return -1;
    }
    String lower = clause.toLowerCase(Locale.ROOT);
    int at = lower.lastIndexOf(name.toLowerCase(Locale.ROOT).strip(), offset);
    return at >= 0 && at < offset ? at : -1;
  }

  /** Where the clause holding {@code at} starts: after the last clause end at or before it, else 0. */
  static int clauseStart(String text, int at) {
    for (int end = Math.min(at, text.length()); end > 0; end--) {
      if (CLAUSE_MARKS.indexOf(text.charAt(end - 1)) >= 0
          || end >= 2 && text.charAt(end - 2) == '.' && Whitespace.isPatternSpace(text.charAt(end - 1))) {
        return end;
      }
    }
    return 0;
  }

  /** The clause from the one holding {@code from} up to the first clause end at or after {@code to}. */
  static String clauseAround(String text, int from, int to) {
    int start = clauseStart(text, from);
    int end = Math.min(to, text.length());
    while (end < text.length() && CLAUSE_MARKS.indexOf(text.charAt(end)) < 0
        && !(text.charAt(end) == '.' && end + 1 < text.length() && Whitespace.isPatternSpace(text.charAt(end + 1)))) {
      end++;
    }
    return text.substring(start, Math.max(start, end));
  }
}
