package dev.atlas.extract;

import dev.atlas.article.Block;
import dev.atlas.article.BlockKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses a record's primary repository from its body when its opener links none: a link the
 * article labels as the project's, else the one its name matches, else its one bare URL line,
 * else the numbered note it cites. Every other link in the body is secondary.
 */
final class RepoChooser {
  private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})\\]");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

  private final List<Block> blocks;
  private final List<Shape> shapes;
  private final List<Evidence> evidence;
  private Map<Integer, GithubRepo> notes;

  RepoChooser(List<Block> blocks, List<Shape> shapes, List<Evidence> evidence) {
    this.blocks = blocks;
    this.shapes = shapes;
    this.evidence = evidence;
  }

  /** The primary repository from the body: a labelled link, the one the name matches, a bare URL line, a cited note. */
  GithubRepo bodyRepo(int opener, int end, RecordFields f, boolean nameless) {
    String own = Names.normalize(f.name);
    GithubRepo named = null;
    GithubRepo url = null;
    for (int j = opener + 1; j < end; j++) {
      for (Evidence.Ref ref : evidence.get(j).repos()) {
        boolean prose = shapes.get(j).lead() == Shape.Lead.TEXT && evidence.get(j).field() == null;
        if (ref.labelled() && !(prose && unrelated(f.name, ref.repo()))) {
          // "this [GitHub repo](…)" in running text is the record's only when it could be its repo:
          // the code of a demo ("The code for this project is on this GitHub repo") is not
          f.repoFrom = "label";
          return ref.repo();
        }
        String rn = Names.normalize(ref.repo().name());
        boolean shownAsUrl = ref.text().startsWith("http") || ref.text().startsWith("github.com") || ref.text().isEmpty();
        if (named == null && !nameless && own.length() >= 3 && (own.equals(rn) || shownAsUrl && (own.contains(rn) || rn.contains(own)))) {
          named = ref.repo();
        }
        if (url == null && ref.bare()) {
          url = ref.repo();
        }
      }
    }
    if (named != null) {
      f.repoFrom = "name";
      return named;
    }
    if (url != null && bareUrls(opener, end) == 1) {
      f.repoFrom = "url";
      return url;
    }
    GithubRepo cited = nameless ? null : citedRepo(opener, end, f.name);
    if (cited != null) {
      f.repoFrom = "note";
    }
    return cited;
  }

  /**
   * True when a Latin name and a repository share nothing: neither's normalized name holds the
   * other's, nor do they share a word of four letters. A name in another script says nothing.
   */
  private static boolean unrelated(String name, GithubRepo repo) {
    if (name.isEmpty() || Names.hasCjk(name) || name.chars().noneMatch(c -> c < 128 && Character.isLetter(c))) {
      return false;
    }
    String n = Names.normalize(name);
    String r = Names.normalize(repo.name());
    String o = Names.normalize(repo.owner());
    if (n.contains(r) || r.contains(n) || n.contains(o) || o.contains(n)) {
      return false;
    }
    for (String word : NON_WORD.split(name.toLowerCase(java.util.Locale.ROOT))) {
      if (word.length() >= 4 && (r.contains(word) || o.contains(word))) {
        return false;
      }
    }
    return true;
  }

  /** How many repositories the body's bare URL lines name: one is the record's, several are a list of links. */
  private long bareUrls(int opener, int end) {
    Set<String> repos = new TreeSet<>();
    for (int j = opener + 1; j < end; j++) {
      for (Evidence.Ref ref : evidence.get(j).repos()) {
        if (ref.bare()) {
          repos.add(ref.repo().key());
        }
      }
    }
    return repos.size();
  }

  /**
   * The repository a record cites by note number ("LLaMA-Factory [2] 支持…"): a numbered item that
   * is a GitHub URL alone, whose repository has the record's name or which the name stands right
   * before; null otherwise.
   */
  private GithubRepo citedRepo(int opener, int end, String name) {
    if (name.isEmpty()) {
      return null;
    }
    Map<Integer, GithubRepo> notes = notes();
    if (notes.isEmpty()) {
      return null;
    }
    String own = Names.normalize(name);
    for (int j = opener; j < end; j++) {
      String text = blocks.get(j).text();
      Matcher m = CITATION.matcher(text);
      while (m.find()) {
        GithubRepo r = notes.get(Integer.parseInt(m.group(1)));
        if (r == null) {
          continue;
        }
        String before = text.substring(Math.max(0, m.start() - name.length() - 1), m.start()).strip();
        if (own.equals(Names.normalize(r.name())) || Names.normalize(before).endsWith(own)) {
          return r;
        }
      }
    }
    return null;
  }

  /** The numbered items that are a GitHub URL and nothing else, by number; the first note of a number wins. */
  private Map<Integer, GithubRepo> notes() {
    if (notes == null) {
      notes = new HashMap<>();
      for (int i = 0; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        if (b.kind() == BlockKind.LIST_ITEM && b.ordinal() > 0 && Evidence.isBareUrl(b) && !evidence.get(i).repos().isEmpty()) {
          notes.putIfAbsent(b.ordinal(), evidence.get(i).repos().get(0).repo());
        }
      }
    }
    return notes;
  }

}
