package dev.atlas.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a star figure in running text belongs to the entry being read, or to another
 * project merely mentioned beside it ("unlike TensorFlow, which has 170k stars").
 */
final class ProseAttribution {
  private static final Pattern CLAUSE_END = Pattern.compile("[。！？!?；;]|\\.\\s");
  private static final Pattern COMPARISON =
      Pattern.compile("unlike|compared|than|versus|\\bvs\\.?|whereas|相比|不同于|比起|对比|不像|而\\s*\\S+\\s*(则|有)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SELF =
      Pattern.compile("\\b(this|it|its|it's|the (repo|repository|project|library|tool|framework|model))\\b|这个|该|它|本项目|此项目|这一|这款|此库", Pattern.CASE_INSENSITIVE);
  private static final Pattern PROPER = Pattern.compile("\\b([A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9\\-]*|[A-Z][a-z]{2,}[A-Za-z0-9\\-]*)\\b");
  private static final Set<String> COMMON =
      Set.of("github", "python", "the", "this", "it", "its", "we", "i", "in", "on", "with", "over", "about",
          "nearly", "almost", "more", "stars", "star", "since", "already", "within", "after", "at", "by",
          "today", "currently", "now", "and", "but", "has", "had", "one", "repo", "project");

  private ProseAttribution() {}

  /** Returns true when {@code found} in {@code text} states the stars of the entry {@code name}. */
  static boolean belongsTo(String text, StarCount.Found found, String name, GithubRepo repo) {
    String clause = clauseAround(text, found.start(), found.end());
    int offset = found.start() - clauseStart(text, found.start());
    Matcher cmp = COMPARISON.matcher(clause);
    if (cmp.find() && cmp.start() < offset) {
      return false;
    }
    String own = Names.normalize(name);
    String repoName = repo == null ? "" : Names.normalize(repo.name());
    String c = Names.normalize(clause);
    if ((!own.isEmpty() && c.contains(own)) || (!repoName.isEmpty() && c.contains(repoName))) {
      return true;
    }
    if (SELF.matcher(clause).find()) {
      return true;
    }
    Matcher m = PROPER.matcher(clause);
    while (m.find()) {
      String word = m.group(1);
      String w = Names.normalize(word);
      if (COMMON.contains(word.toLowerCase(Locale.ROOT)) || w.isEmpty()) {
        continue;
      }
      if (!own.contains(w) && !repoName.contains(w) && m.start() < offset) {
        return false;
      }
    }
    return true;
  }

  private static int clauseStart(String text, int at) {
    int start = 0;
    Matcher m = CLAUSE_END.matcher(text);
    while (m.find() && m.end() <= at) {
      start = m.end();
    }
    return start;
  }

  private static String clauseAround(String text, int from, int to) {
    int start = clauseStart(text, from);
    Matcher m = CLAUSE_END.matcher(text);
    int end = text.length();
    if (m.find(Math.min(to, text.length()))) {
      end = m.start();
    }
    return text.substring(start, Math.max(start, end));
  }
}
