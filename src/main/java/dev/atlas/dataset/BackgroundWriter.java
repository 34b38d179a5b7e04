package dev.atlas.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands records to a writer that runs on a thread of its own, so the thread that reads and folds a
 * table and the one that encodes it (Parquet's column writers cost as much as the rest of a table
 * together) work at the same time. Records are written in the order given; a failure of the writer
 * is thrown, once, by the next {@link #write} or by {@link #close}, which waits for the last record.
 *
 * @param <T> the record type
 */
public final class BackgroundWriter<T> implements Closeable {
  /** Writes records one at a time; closed once, after the last. */
  public interface Sink<T> extends Closeable {
    /** Writes one record. */
    void write(T record) throws IOException;
  }

  private static final int QUEUED = 1024;
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
  private final Thread thread;
  private volatile Throwable failure;
  private boolean told;

  private BackgroundWriter(Sink<T> sink, String name) {
    thread = new Thread(() -> drain(sink), "atlas-write-" + name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts writing to {@code sink} on a thread named for {@code name}. */
  public static <T> BackgroundWriter<T> of(Sink<T> sink, String name) {
    return new BackgroundWriter<>(sink, name);
  }

  /** Queues one record; throws when the writer has failed. */
  public void write(T record) throws IOException {
    rethrow();
    put(record);
  }

  /** Waits for every queued record to be written and the sink closed; throws the writer's failure. */
  @Override
  public void close() throws IOException {
    if (thread.isAlive()) {
      put(END);
      try {
        thread.join();
      } catch (InterruptedException e) {
        thread.interrupt();
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while writing the dataset");
      }
    }
    rethrow();
  }

  @SuppressWarnings("unchecked")
  private void drain(Sink<T> sink) {
    try (sink) {
      for (Object next = queue.take(); next != END; next = queue.take()) {
        sink.write((T) next);
      }
    } catch (Throwable e) {
      failure = e;
      queue.clear();
    }
  }

  private void put(Object o) throws IOException {
    try {
      while (!queue.offer(o, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        if (!thread.isAlive()) {
          rethrow();
          return;
        }
      }
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the dataset");
    }
  }

  /** Throws the writer's failure, once: a close after a failed write does not throw it again. */
  private void rethrow() throws IOException {
    Throwable e = failure;
    if (e == null || told) {
      return;
    }
    told = true;
    if (e instanceof IOException io) {
      throw io;
    }
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error err) {
      throw err;
    }
    throw new IOException(e);
  }
}
