package dev.atlas.article;

/**
 * A per-file time budget, checked at loop checkpoints by the parsers and the entry finder. The
 * budget belongs to the current thread; outside {@link #run} checks never fire.
 */
public final class Deadline {
  private static final ThreadLocal<Long> END = new ThreadLocal<>();

  private Deadline() {}

  /** Work that reads one file and may run out of time. */
  @FunctionalInterface
  public interface Work<T> {
    /** Does the work. */
    T call() throws ArticleReadException;
  }

  /** Runs {@code work} with {@code millis} to spend; the work fails with TIMEOUT past that. */
  public static <T> T run(long millis, Work<T> work) throws ArticleReadException {
    Long previous = END.get();
    END.set(System.nanoTime() + millis * 1_000_000L);
    try {
      return work.call();
    } catch (BudgetExceeded e) {
      throw new ArticleReadException(RejectReason.TIMEOUT, "parsing took longer than " + millis + " ms");
    } finally {
      if (previous == null) {
        END.remove();
      } else {
        END.set(previous);
      }
    }
  }

  /** Throws when the current thread's budget is spent; does nothing outside {@link #run}. */
  public static void check() {
    Long end = END.get();
    if (end != null && System.nanoTime() > end) {
      throw new BudgetExceeded();
    }
  }

  private static final class BudgetExceeded extends RuntimeException {
    BudgetExceeded() {
      super(null, null, false, false);
    }
  }
}
