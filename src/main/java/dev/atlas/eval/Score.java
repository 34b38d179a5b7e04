package dev.atlas.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The result of scoring a dataset against gold: per-article and overall entry counts, field
 * accuracy, explicit-domain agreement, deduplication, and every miss and extra.
 */
public record Score(
    List<ArticleScore> articles, int tp, int fp, int fn, int repoOk, int repoN, int starsOk, int starsN,
    int starsWrong, int starsInvented, int domTp, int domFp, int domFn, int groupsOk, int groups, int falseMerges,
    int rankOk, int rankN, List<String> problems) {

  /** Entry counts of one article. */
  public record ArticleScore(String file, int tp, int fp, int fn) {
    /** Precision; 1.0 when nothing was found. */
    public double precision() {
      return ratio(tp, tp + fp);
    }

    /** Recall; 1.0 when gold has nothing. */
    public double recall() {
      return ratio(tp, tp + fn);
    }

    /** F1 of precision and recall. */
    public double f1() {
      return Score.f1(precision(), recall());
    }
  }

  /** Overall entry precision. */
  public double precision() {
    return ratio(tp, tp + fp);
  }

  /** Overall entry recall. */
  public double recall() {
    return ratio(tp, tp + fn);
  }

  /** Overall entry F1. */
  public double f1() {
    return f1(precision(), recall());
  }

  /** Explicit-domain precision. */
  public double domainPrecision() {
    return ratio(domTp, domTp + domFp);
  }

  /** Explicit-domain recall. */
  public double domainRecall() {
    return ratio(domTp, domTp + domFn);
  }

  /** Returns the report a person reads: problems, per-article lines, then the summary. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    problems.forEach(p -> sb.append(p).append('\n'));
    for (ArticleScore a : articles) {
      sb.append(String.format(Locale.ROOT, "article  %s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n",
          a.file(), a.precision(), a.recall(), a.f1(), a.tp(), a.fp(), a.fn()));
    }
    sb.append(String.format(Locale.ROOT, "entries  P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n",
        precision(), recall(), f1(), tp, fp, fn));
    sb.append(String.format(Locale.ROOT, "repo     %d/%d%n", repoOk, repoN));
    sb.append(String.format(Locale.ROOT, "stars    %d/%d correct, %d wrong, %d invented%n", starsOk, starsN, starsWrong,
        starsInvented));
    sb.append(String.format(Locale.ROOT, "domains  explicit P=%.3f R=%.3f%n", domainPrecision(), domainRecall()));
    sb.append(String.format(Locale.ROOT, "dedup    %d/%d groups joined, %d false merges%n", groupsOk, groups, falseMerges));
    sb.append(String.format(Locale.ROOT, "rank     %d/%d (not in score.py: matched entries whose gold has a rank key, empty = null)%n",
        rankOk, rankN));
    sb.append(String.format(Locale.ROOT, "SCORE F1=%.3f repo=%d/%d stars=%d/%d(!%d,+%d) domP=%.2f domR=%.2f dedup=%d/%d merges=%d%n",
        f1(), repoOk, repoN, starsOk, starsN, starsWrong, starsInvented, domainPrecision(), domainRecall(), groupsOk, groups, falseMerges));
    return sb.toString();
  }

  static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** Accumulates a score. */
  static final class Builder {
    private final List<ArticleScore> articles = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int tp, fp, fn, repoOk, repoN, starsOk, starsN, starsWrong, starsInvented, domTp, domFp, domFn, groupsOk, groups, falseMerges;
    private int rankOk, rankN;

    void rank(boolean ok) {
      rankN++;
      rankOk += ok ? 1 : 0;
    }

    void article(String file, int tp, int fp, int fn) {
      articles.add(new ArticleScore(file, tp, fp, fn));
      this.tp += tp;
      this.fp += fp;
      this.fn += fn;
    }

    void repo(boolean ok) {
      repoN++;
      repoOk += ok ? 1 : 0;
    }

    /** Counts a gold star figure: read right, read as another value ({@code wrong}), or missed. */
    void stars(boolean ok, boolean wrong) {
      starsN++;
      starsOk += ok ? 1 : 0;
      starsWrong += wrong ? 1 : 0;
    }

    void starsInvented() {
      starsInvented++;
    }

    void domains(Set<String> want, Set<String> have) {
      for (String t : have) {
        if (want.contains(t)) {
          domTp++;
        } else {
          domFp++;
        }
      }
      for (String t : want) {
        if (!have.contains(t)) {
          domFn++;
        }
      }
    }

    void group(boolean ok) {
      groups++;
      groupsOk += ok ? 1 : 0;
    }

    void falseMerges(int n) {
      falseMerges += n;
    }

    void problem(String p) {
      problems.add(p);
    }

    Score build() {
      return new Score(List.copyOf(articles), tp, fp, fn, repoOk, repoN, starsOk, starsN, starsWrong, starsInvented,
          domTp, domFp, domFn, groupsOk, groups, falseMerges, rankOk, rankN, List.copyOf(problems));
    }
  }
}
