package dev.atlas.pipeline;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a run in this JVM: the read stage counts files, and a daemon thread reports on
 * stderr every ten seconds while the run is long. On a remote cluster only elapsed time shows.
 */
public final class Progress {
  private static final AtomicLong FILES_READ = new AtomicLong();
  private static final long EVERY_MILLIS = 10_000;
  private final Thread thread;

  private Progress(Thread thread) {
    this.thread = thread;
  }

  /** Counts one file read. */
  static void fileRead() {
    FILES_READ.incrementAndGet();
  }

  /** Starts reporting progress over {@code total} files. */
  public static Progress start(long total) {
    FILES_READ.set(0);
    long start = System.nanoTime();
    Thread t = new Thread(() -> {
      try {
        while (true) {
          Thread.sleep(EVERY_MILLIS);
          long s = (System.nanoTime() - start) / 1_000_000_000L;
          System.err.printf("atlas run: %d s, %d of %d files read%n", s, Math.min(FILES_READ.get(), total), total);
        }
      } catch (InterruptedException done) {
        Thread.currentThread().interrupt();
      }
    }, "atlas-progress");
    t.setDaemon(true);
    t.start();
    return new Progress(t);
  }

  /** Stops reporting. */
  public void stop() {
    thread.interrupt();
  }
}
