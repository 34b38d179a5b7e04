package dev.atlas.extract;

import java.util.Set;
import java.util.TreeSet;

/** The fields of one record while {@link RecordReader} reads them; the first value read of each wins. */
final class RecordFields {
  String name = "";
  String heading = "";
  GithubRepo repo;
  String repoFrom = "";
  Stars stars;
  String starsText = "";
  final Set<String> domains = new TreeSet<>();
  String framework = "";
  String author = "";
  int rank;
  int fields;
  String link = "";

  private static final java.util.regex.Pattern DOMAIN_SEPARATORS = java.util.regex.Pattern.compile("[,，/／、;；\\[\\]【】]");

  void repo(GithubRepo r, String from) {
    if (repo == null && r != null) {
      repo = r;
      repoFrom = from;
    }
  }

  void stars(StarCount.Found found, String text) {
    if (stars == null) {
      stars = found.stars();
      starsText = text.substring(found.start(), Math.min(text.length(), found.end()));
      if (found.unitless()) {
        starsText = "unitless:" + starsText;
      }
    }
  }

  /** Adds the domains a field or cell states: each of its parts, split by commas, slashes or brackets ("[AI] [ChatGPT]"). */
  void addDomains(String value) {
    for (String part : DOMAIN_SEPARATORS.split(value)) {
      if (!part.isBlank()) {
        domains.addAll(DomainMapper.fromLabel(part));
      }
    }
  }

  /** {@code href} when it is an absolute web address off GitHub's repositories (a homepage, a docs page), else "". */
  static String homepage(String href) {
    String url = LinkNormalizer.withoutTracking(href);
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      return "";
    }
    String decoded = LinkNormalizer.decode(url);
    return LinkNormalizer.githubDecoded(decoded).isEmpty() && !LinkNormalizer.isRepoActivityDecoded(decoded) ? url : "";
  }

}
