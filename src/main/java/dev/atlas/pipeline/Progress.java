package dev.atlas.pipeline;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.beam.sdk.PipelineResult;

/**
 * Reports a long run's progress on stderr every ten seconds: elapsed time, and the files read as
 * the run's {@link RunMetrics} tell once the runner has handed back its {@link PipelineResult}
 * (the DirectRunner at once; a runner that returns only when the job is done shows time alone).
 */
public final class Progress {
  private static final long EVERY_MILLIS = 10_000;
  private final Thread thread;
  private final AtomicReference<PipelineResult> result;

  private Progress(Thread thread, AtomicReference<PipelineResult> result) {
    this.thread = thread;
    this.result = result;
  }

  /** Starts reporting progress over {@code total} files. */
  public static Progress start(long total) {
    AtomicReference<PipelineResult> result = new AtomicReference<>();
    long start = System.nanoTime();
    Thread t = new Thread(() -> {
      try {
        while (true) {
          Thread.sleep(EVERY_MILLIS);
          System.err.println(line((System.nanoTime() - start) / 1_000_000_000L, result.get(), total));
        }
      } catch (InterruptedException done) {
        Thread.currentThread().interrupt();
      }
    }, "atlas-progress");
    t.setDaemon(true);
    t.start();
    return new Progress(t, result);
  }

  /** Reads the files-read count from {@code running} from now on. */
  public void watch(PipelineResult running) {
    result.set(running);
  }

  /** Returns the progress line after {@code seconds}, with the count of {@code running} when known. */
  static String line(long seconds, PipelineResult running, long total) {
    Optional<RunMetrics> counts = running == null ? Optional.empty() : RunMetrics.of(running);
    return counts.isEmpty()
        ? String.format("atlas run: %d s, %d files to read", seconds, total)
        : String.format("atlas run: %d s, %d of %d files read", seconds, Math.min(counts.get().filesRead(), total), total);
  }

  /** Stops reporting. */
  public void stop() {
    thread.interrupt();
  }
}
