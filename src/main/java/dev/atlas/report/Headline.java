package dev.atlas.report;

import dev.atlas.dataset.ArticleRow;
import java.net.URI;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The dataset's headline figures.
 *
 * @param articles articles read
 * @param entries entries found (mentions)
 * @param projects projects after deduplication
 * @param sources distinct sites the articles come from (hosts of their source URLs)
 * @param unsourced articles with no source URL
 * @param firstDate the earliest publication date, or empty when no article is dated
 * @param lastDate the latest publication date, or empty
 * @param undated articles with no publication date
 * @param rejected files rejected
 */
public record Headline(int articles, int entries, int projects, int sources, int unsourced, String firstDate,
    String lastDate, int undated, int rejected) {
  /** Returns the headline of {@code dataset}. */
  public static Headline of(DatasetSnapshot dataset) {
    TreeSet<String> hosts = new TreeSet<>();
    TreeSet<String> dates = new TreeSet<>();
    int unsourced = 0;
    for (ArticleRow a : dataset.articles()) {
      String host = host(a.sourceUrl());
      if (host.isEmpty()) {
        unsourced++;
      } else {
        hosts.add(host);
      }
      if (!a.published().isEmpty()) {
        dates.add(a.published());
      }
    }
    int entries = dataset.projects().stream().mapToInt(p -> p.mentions().size()).sum();
    int undated = (int) dataset.articles().stream().filter(a -> a.published().isEmpty()).count();
    return new Headline(dataset.articles().size(), entries, dataset.projects().size(), hosts.size(), unsourced,
        dates.isEmpty() ? "" : dates.first(), dates.isEmpty() ? "" : dates.last(), undated, dataset.rejected().size());
  }

  /** Returns the host of {@code url} in lowercase without a leading {@code www.}, or empty when it has none. */
  static String host(String url) {
    if (url.isBlank()) {
      return "";
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
