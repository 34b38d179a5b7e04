package dev.atlas.extract;

import dev.atlas.Lexicon;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place links are normalized: redirectors decoded, percent-encoding undone, and GitHub
 * links reduced to a {@link GithubRepo}.
 */
public final class LinkNormalizer {
  private static final Map<String, String> REDIRECTORS = loadRedirectors();
  private static final List<String> NON_PROJECT_HOSTS = Lexicon.lines("non-project-hosts.txt");
  private static final Set<String> RESERVED_OWNERS =
      Set.of(
          "topics", "features", "marketplace", "sponsors", "about", "collections", "trending",
          "search", "settings", "login", "join", "apps", "orgs", "users", "pricing", "site",
          "explore", "notifications", "pulls", "issues", "enterprise", "customer-stories",
          "readme", "security", "team", "contact", "events", "github");
  private static final int MAX_UNWRAP = 5;
  /** Longer than every GitHub prefix, so lowercasing this much of a URL decides which it starts with. */
  private static final int URL_HEAD = 32;
  private static final List<String> GITHUB_PREFIXES =
      List.of("https://github.com/", "http://github.com/", "https://www.github.com/", "http://www.github.com/",
          "github.com/", "www.github.com/");
  private static final Set<String> ANY_HOST_PARAMS =
      Set.of(REDIRECTORS.getOrDefault("*", "").toLowerCase(Locale.ROOT).split("\\|"));

  private LinkNormalizer() {}

  /**
   * Returns the real target of {@code href}: redirector wrappers removed (repeatedly), surrounding
   * markup trimmed. Returns an empty string for null or blank input.
   */
  public static String decode(String href) {
    if (href == null) {
      return "";
    }
    String url = trim(href);
    for (int i = 0; i < MAX_UNWRAP; i++) {
      String target = redirectTarget(url);
      if (target == null) {
        break;
      }
      url = trim(target);
    }
    if (url.startsWith("//")) {
      url = "https:" + url;
    }
    return url;
  }

  /** Returns the GitHub repository {@code href} points at after {@link #decode}, if any. */
  public static Optional<GithubRepo> github(String href) {
    return githubDecoded(decode(href));
  }

  /** {@link #github(String)} of a URL {@link #decode} has already decoded. */
  static Optional<GithubRepo> githubDecoded(String url) {
    int at = url.indexOf("github.com");
    if (at > 0 && url.lastIndexOf('?', at) >= 0) {
      // "github.com" only after a '?': a click-tracking link on another host
      url = trackedGithubTarget(url).orElse(url);
    }
    int start = pathStart(url);
    if (start < 0) {
      return Optional.empty();
    }
    String rest = url.substring(start);
    rest = cut(rest, '#');
    rest = cut(rest, '?');
    String[] parts = rest.split("/");
    if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      return Optional.empty();
    }
    String owner = parts[0];
    String name = stripGitSuffix(parts[1]);
    if (RESERVED_OWNERS.contains(owner.toLowerCase(Locale.ROOT))
        || !validSegment(owner)
        || !validSegment(name)) {
      return Optional.empty();
    }
    String branch = "";
    String path = "";
    if (parts.length >= 4 && (parts[2].equals("tree") || parts[2].equals("blob"))) {
      branch = parts[3];
      StringBuilder sb = new StringBuilder();
      for (int i = 4; i < parts.length; i++) {
        if (parts[i].isEmpty()) {
          continue;
        }
        if (sb.length() > 0) {
          sb.append('/');
        }
        sb.append(parts[i]);
      }
      path = sb.toString();
      if (path.isEmpty()) {
        branch = "";
      }
    }
    return Optional.of(new GithubRepo(owner, name, branch, path));
  }

  /**
   * True when {@code href} goes to the activity of a GitHub repository rather than the repository:
   * an issue or pull request (a submission credit), a discussion, a milestone, a commit, a CI run.
   */
  public static boolean isRepoActivity(String href) {
    return isRepoActivityDecoded(decode(href));
  }

  /** {@link #isRepoActivity(String)} of a URL {@link #decode} has already decoded. */
  static boolean isRepoActivityDecoded(String url) {
    int start = pathStart(url);
    if (start < 0) {
      return false;
    }
    // the path's third part, "issues" of "owner/name/issues/3" (parts end at '/', '?' or '#')
    int first = pathEnd(url, start);
    int second = first < url.length() ? pathEnd(url, first + 1) : -1;
    if (second < 0 || second >= url.length()) {
      return false;
    }
    return ACTIVITY.contains(url.substring(second + 1, pathEnd(url, second + 1)).toLowerCase(Locale.ROOT));
  }

  /** Where the path part starting at {@code from} ends: at the next '/', '?' or '#', or the URL's end. */
  private static int pathEnd(String url, int from) {
    int i = from;
    while (i < url.length() && "/?#".indexOf(url.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  private static final Set<String> ACTIVITY =
      Set.of("issues", "pull", "pulls", "discussions", "milestone", "milestones", "commit", "commits",
          "compare", "actions", "runs", "network", "graphs", "pulse", "security", "projects");

  /**
   * True when {@code url} is written as a GitHub URL, with or without scheme and "www."
   * ("https://github.com/…", "github.com/…"); redirectors are not followed.
   */
  public static boolean isGithubUrl(String url) {
    return url != null && pathStart(url) >= 0;
  }

  /**
   * Where the path after "github.com/" starts in a GitHub URL (its scheme and host in any case),
   * or -1 for any other text. Only the URL's head is lowercased: the prefixes are shorter.
   */
  private static int pathStart(String url) {
    String lower = url.substring(0, Math.min(url.length(), URL_HEAD)).toLowerCase(Locale.ROOT);
    for (String prefix : GITHUB_PREFIXES) {
      if (lower.startsWith(prefix)) {
        return prefix.length();
      }
    }
    return -1;
  }

  /** Returns true when {@code href} goes to a discussion, paper or social site, never a project. */
  public static boolean isNonProjectHost(String href) {
    String host = host(decode(href));
    if (host.isEmpty()) {
      return false;
    }
    for (String suffix : NON_PROJECT_HOSTS) {
      if (host.equals(suffix) || host.endsWith("." + suffix)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the lowercase host of {@code url}, or empty when it has none. */
  public static String host(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return "";
    }
    int end = scheme + 3;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String host = url.substring(scheme + 3, end).toLowerCase(Locale.ROOT);
    int at = host.lastIndexOf('@');
    if (at >= 0) {
      host = host.substring(at + 1);
    }
    int colon = host.indexOf(':');
    return colon >= 0 ? host.substring(0, colon) : host;
  }

  /**
   * Returns {@code url} without tracking query parameters ({@code utm_*}, {@code source}, {@code
   * ref}, {@code spm}), dropping the query entirely when nothing else is left.
   */
  public static String withoutTracking(String url) {
    String decoded = decode(url);
    int q = decoded.indexOf('?');
    if (q < 0) {
      return decoded;
    }
    String base = decoded.substring(0, q);
    String query = decoded.substring(q + 1);
    String fragment = "";
    int hash = query.indexOf('#');
    if (hash >= 0) {
      fragment = query.substring(hash);
      query = query.substring(0, hash);
    }
    StringBuilder kept = new StringBuilder();
    for (String param : query.split("&")) {
      String key = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (param.isEmpty() || key.startsWith("utm_") || key.equals("source") || key.equals("ref")
          || key.equals("spm") || key.equals("from")) {
        continue;
      }
      kept.append(kept.length() == 0 ? "?" : "&").append(param);
    }
    return base + kept + fragment;
  }

  /**
   * The GitHub URL a click-tracking link on any host carries in one of the parameters the
   * redirector file lists for host "*" ("…/out?url=https%3A%2F%2Fgithub.com%2Fo%2Fr&src=…").
   */
  private static Optional<String> trackedGithubTarget(String url) {
    int q = url.indexOf('?');
    if (q < 0 || ANY_HOST_PARAMS.isEmpty()) {
      return Optional.empty();
    }
    for (String pair : url.substring(q + 1).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && ANY_HOST_PARAMS.contains(pair.substring(0, eq).toLowerCase(Locale.ROOT))) {
        String target = trim(percentDecode(pair.substring(eq + 1)));
        if (isGithubUrl(target)) {
          return Optional.of(target);
        }
      }
    }
    return Optional.empty();
  }

  private static String redirectTarget(String url) {
    String host = host(url);
    String param = REDIRECTORS.get(host);
    if (param == null) {
      return null;
    }
    int q = url.indexOf('?');
    if (q < 0) {
      return null;
    }
    String query = url.substring(q + 1);
    if (param.equals("*")) {
      return percentDecode(query);
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(param)) {
        return percentDecode(pair.substring(eq + 1));
      }
    }
    return null;
  }

  private static String percentDecode(String value) {
    try {
      return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  private static String trim(String href) {
    String url = href.strip();
    while (!url.isEmpty() && "<\"'(".indexOf(url.charAt(0)) >= 0) {
      url = url.substring(1);
    }
    while (!url.isEmpty() && ">\"')。，,.;；）】".indexOf(url.charAt(url.length() - 1)) >= 0) {
      url = url.substring(0, url.length() - 1);
    }
    if (url.contains("%3A") || url.contains("%3a") || url.contains("%2F") || url.contains("%2f")) {
      if (!url.contains("?")) {
        url = percentDecode(url);
      }
    }
    return url;
  }

  private static String cut(String s, char c) {
    int i = s.indexOf(c);
    return i >= 0 ? s.substring(0, i) : s;
  }

  private static String stripGitSuffix(String name) {
    return name.endsWith(".git") ? name.substring(0, name.length() - 4) : name;
  }

  private static boolean validSegment(String s) {
    if (s.isEmpty() || s.length() > 100) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.'))) {
        return false;
      }
    }
    return !s.equals(".") && !s.equals("..");
  }

  private static Map<String, String> loadRedirectors() {
    Map<String, String> map = new HashMap<>();
    for (String[] row : Lexicon.rows("redirectors.tsv")) {
      if (row.length >= 2) {
        map.put(row[0].strip().toLowerCase(Locale.ROOT), row[1].strip());
      }
    }
    return Map.copyOf(map);
  }
}
