package dev.atlas.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Where featured repositories come from: a hot set that articles share (drawn Zipf-like, so a few
 * repos recur often) and an endless supply of repos used once. Every name carries a serial, so
 * no two repos share a key.
 */
final class RepoPool {
  /** Share of entries drawn from the hot set; a little above 15% since some draws repeat within an article. */
  static final double HOT_SHARE = 0.16;
  /** Number of repos in the hot set. */
  static final int HOT_SIZE = 200;

  private static final String[] OWNERS = {
    "orbit", "maple", "cedar", "delta", "nimbus", "quartz", "ember", "lumen", "polar", "vertex",
    "harbor", "willow", "cobalt", "summit", "prism", "falcon", "juniper", "granite", "meadow", "tidal"
  };
  private static final String[] TOPICS = {
    "vision", "speech", "text", "graph", "tensor", "pixel", "audio", "signal", "token", "vector",
    "sparse", "neural", "causal", "prompt", "agent", "motion", "depth", "edge", "quant", "layout",
    "face", "pose", "voice", "query", "scene", "style", "mesh", "latent", "sketch", "cluster"
  };
  private static final String[] KINDS = {
    "toolkit", "engine", "kit", "bench", "flow", "net", "zoo", "hub", "lens", "forge", "core",
    "pipe", "lite", "studio", "craft", "suite", "box", "lab", "works", "loop"
  };

  private final Featured[] hot = new Featured[HOT_SIZE];
  private final double[] cumulative = new double[HOT_SIZE];
  private final int[] hotArticles = new int[HOT_SIZE];
  private final SplittableRandom rng;
  private long serial;
  private long uniqueUsed;

  /** Creates a pool whose names and draws follow {@code rng}. */
  RepoPool(SplittableRandom rng) {
    this.rng = rng;
    double sum = 0;
    for (int i = 0; i < HOT_SIZE; i++) {
      hot[i] = fresh();
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    for (int i = 0; i < HOT_SIZE; i++) {
      cumulative[i] /= sum;
    }
  }

  /** Draws {@code count} distinct repos for one article, without star counts. */
  Featured[] drawArticle(int count) {
    Featured[] picks = new Featured[count];
    int[] hotPicked = new int[count];
    int hotCount = 0;
    for (int i = 0; i < count; i++) {
      int h = rng.nextDouble() < HOT_SHARE ? hotIndex() : -1;
      for (int j = 0; j < hotCount && h >= 0; j++) {
        if (hotPicked[j] == h) {
          h = -1;
        }
      }
      if (h >= 0) {
        hotPicked[hotCount++] = h;
        hotArticles[h]++;
        picks[i] = hot[h];
      } else {
        uniqueUsed++;
        picks[i] = fresh();
      }
    }
    return picks;
  }

  /** Returns how many distinct repos have been drawn so far. */
  long distinctDrawn() {
    return uniqueUsed + Arrays.stream(hotArticles).filter(n -> n > 0).count();
  }

  /** Returns how many drawn entries name a repo that appears in more than one article. */
  long recurringEntries() {
    return Arrays.stream(hotArticles).filter(n -> n > 1).asLongStream().sum();
  }

  private int hotIndex() {
    int i = Arrays.binarySearch(cumulative, rng.nextDouble());
    return Math.min(HOT_SIZE - 1, i >= 0 ? i : -i - 1);
  }

  private Featured fresh() {
    serial++;
    String owner = pick(OWNERS) + "-" + rng.nextInt(1000, 10_000);
    String name = pick(TOPICS) + "-" + pick(KINDS) + "-" + serial;
    return new Featured(owner, name, null);
  }

  private String pick(String[] words) {
    return words[rng.nextInt(words.length)];
  }
}
