package dev.atlas.bench;

import dev.atlas.Validate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores a {@code mentions.csv} against a generated truth TSV. Both files are sorted by file then
 * position, so they are merged one article at a time and never held whole.
 */
public final class TruthCheck {
  private TruthCheck() {}

  /**
   * The scores of one check. An entry matches when file and repo agree (position may differ);
   * repo accuracy counts truth entries whose mention at the same position has the same repo;
   * stars accuracy counts matched entries with a stated count whose mention states the same count,
   * and {@code starsInvented} matched entries that state none but got one.
   */
  public record Result(long truth, long found, long matched, long repoAtPosition, long starsOk, long starsStated,
      long starsInvented) {
    /** Matched over found; 1.0 when nothing was found. */
    public double precision() {
      return ratio(matched, found);
    }

    /** Matched over truth; 1.0 when the truth is empty. */
    public double recall() {
      return ratio(matched, truth);
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Truth entries with the right repo at the right position, over truth entries. */
    public double repoAccuracy() {
      return ratio(repoAtPosition, truth);
    }

    /** Matched entries with the right count, over matched entries whose truth states one. */
    public double starsAccuracy() {
      return ratio(starsOk, starsStated);
    }

    /** Returns a one-line summary. */
    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "entries P=%.4f R=%.4f F1=%.4f (tp=%d fp=%d fn=%d) repo=%.4f (%d/%d) stars=%.4f (%d/%d, %d invented)",
          precision(), recall(), f1(), matched, found - matched, truth - matched, repoAccuracy(), repoAtPosition, truth,
          starsAccuracy(), starsOk, starsStated, starsInvented);
    }

    private static double ratio(long a, long b) {
      return b == 0 ? 1.0 : (double) a / b;
    }
  }

  /** One expected or found entry. */
  private record Row(String file, int position, String repo, Long stars) {}

  /**
   * Compares {@code truthTsv} (as written by {@link CorpusGenerator}) with {@code mentionsCsv} (RFC
   * 4180 with a header: article_file, position, repo, stars). Throws when either is not sorted by
   * file.
   */
  public static Result check(Path truthTsv, Path mentionsCsv) throws IOException {
    Validate.notNull(truthTsv, "truthTsv");
    Validate.notNull(mentionsCsv, "mentionsCsv");
    Tally tally = new Tally();
    try (BufferedReader truthIn = Files.newBufferedReader(truthTsv, StandardCharsets.UTF_8);
        Reader mentionsIn = Files.newBufferedReader(mentionsCsv, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(mentionsIn)) {
      Articles expected = new Articles(truthIn.lines().filter(l -> !l.isBlank()).map(TruthCheck::truthRow).iterator(), truthTsv);
      Articles found = new Articles(csv.stream().map(TruthCheck::mentionRow).iterator(), mentionsCsv);
      List<Row> t = expected.next();
      List<Row> m = found.next();
      while (t != null || m != null) {
        int c = t == null ? 1 : m == null ? -1 : t.get(0).file().compareTo(m.get(0).file());
        tally.article(c <= 0 ? t : List.of(), c >= 0 ? m : List.of());
        t = c <= 0 ? expected.next() : t;
        m = c >= 0 ? found.next() : m;
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return tally.result();
  }

  private static Row truthRow(String line) {
    String[] f = line.split("\t", -1);
    Validate.isTrue(f.length == 4, "truth line needs 4 tab-separated fields: " + line);
    return new Row(f[0], Integer.parseInt(f[1]), f[2].toLowerCase(Locale.ROOT), stars(f[3]));
  }

  private static Row mentionRow(CSVRecord r) {
    return new Row(r.get("article_file"), Integer.parseInt(r.get("position")), r.get("repo").strip().toLowerCase(Locale.ROOT),
        stars(r.get("stars")));
  }

  private static Long stars(String s) {
    return s == null || s.isBlank() ? null : Long.parseLong(s.strip());
  }

  /** Groups a sorted row stream into one list per file, checking the order as it goes. */
  private static final class Articles {
    private final Iterator<Row> rows;
    private final Path source;
    private Row pending;
    private String lastFile;

    Articles(Iterator<Row> rows, Path source) {
      this.rows = rows;
      this.source = source;
      this.pending = rows.hasNext() ? rows.next() : null;
    }

    /** Returns the next file's rows, or null at the end. */
    List<Row> next() {
      if (pending == null) {
        return null;
      }
      String file = pending.file();
      if (lastFile != null && file.compareTo(lastFile) <= 0) {
        throw new IllegalStateException(source + " is not sorted by file: " + file + " after " + lastFile);
      }
      lastFile = file;
      List<Row> article = new ArrayList<>();
      while (pending != null && pending.file().equals(file)) {
        article.add(pending);
        pending = rows.hasNext() ? rows.next() : null;
      }
      return article;
    }
  }

  /** Running counts over articles. */
  private static final class Tally {
    private long truth;
    private long found;
    private long matched;
    private long repoAtPosition;
    private long starsOk;
    private long starsStated;
    private long starsInvented;

    void article(List<Row> expected, List<Row> mentions) {
      truth += expected.size();
      found += mentions.size();
      boolean[] used = new boolean[mentions.size()];
      for (Row want : expected) {
        for (Row got : mentions) {
          if (got.position() == want.position() && got.repo().equals(want.repo())) {
            repoAtPosition++;
            break;
          }
        }
        for (int i = 0; i < mentions.size(); i++) {
          Row got = mentions.get(i);
          if (!used[i] && got.repo().equals(want.repo())) {
            used[i] = true;
            matched++;
            stars(want.stars(), got.stars());
            break;
          }
        }
      }
    }

    private void stars(Long want, Long got) {
      if (want != null) {
        starsStated++;
        starsOk += Objects.equals(want, got) ? 1 : 0;
      } else if (got != null) {
        starsInvented++;
      }
    }

    Result result() {
      return new Result(truth, found, matched, repoAtPosition, starsOk, starsStated, starsInvented);
    }
  }
}
