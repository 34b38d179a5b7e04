package dev.atlas.testing;

import dev.atlas.article.ArticleReadException;
import dev.atlas.article.Deadline;
import dev.atlas.article.RejectReason;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time one fuzz input may take. The work runs under a {@link Deadline} of {@link #MILLIS}, as a
 * file does in a run; an input that spends it is a finding (an input of a few kilobytes that takes
 * seconds is a slow path a large file would turn into a rejected article). Hangs between the
 * deadline's checkpoints are caught by the fuzz tests' {@code @Timeout}, which Jazzer hands to
 * libFuzzer as its per-input timeout. The first input of each fuzz test in a JVM is run once outside
 * the budget before it is run within it: that first run loads, initializes and (when fuzzing)
 * instruments the classes, which on a busy machine takes longer than any budget.
 */
public final class FuzzBudget {
  /**
   * Per-input budget in milliseconds: 2 s when the kept inputs are replayed; bench/fuzz.sh sets
   * {@code atlas.fuzz.budget.millis} higher, as code instrumented for coverage runs a few times slower
   * and its first inputs also pay for loading and instrumenting the classes.
   */
  public static final long MILLIS = Long.getLong("atlas.fuzz.budget.millis", 2_000);

  /** Hard limit per input in seconds, for the fuzz tests' {@code @Timeout}: a hang, not a slow path. */
  public static final int HARD_SECONDS = 30;

  /** The call sites (one lambda class each) whose first run has been made. */
  private static final Set<Class<?>> WARMED = ConcurrentHashMap.newKeySet();

  private FuzzBudget() {}

  /**
   * Runs {@code work} within the budget and returns its value; throws AssertionError when the
   * budget is spent, and passes any other rejection on.
   */
  public static <T> T within(Deadline.Work<T> work) throws ArticleReadException {
    if (WARMED.add(work.getClass())) {
      try {
        work.call();
      } catch (ArticleReadException | RuntimeException e) {
        // the budgeted run below meets it again
      }
    }
    try {
      return Deadline.run(MILLIS, work);
    } catch (ArticleReadException e) {
      if (e.reason() == RejectReason.TIMEOUT) {
        throw new AssertionError("input over the per-input budget of " + MILLIS + " ms", e);
      }
      throw e;
    }
  }
}
