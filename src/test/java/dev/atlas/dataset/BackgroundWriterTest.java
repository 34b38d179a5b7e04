package dev.atlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundWriterTest {
  /** A sink that keeps what it is given and can fail at one record. */
  private static final class Kept implements BackgroundWriter.Sink<Integer> {
    final List<Integer> written = new ArrayList<>();
    final int failAt;
    boolean closed;

    Kept(int failAt) {
      this.failAt = failAt;
    }

    @Override
    public void write(Integer record) throws IOException {
      if (record == failAt) {
        throw new IOException("No space left on device");
      }
      written.add(record);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void writesEveryRecordInOrderAndClosesTheSink() throws Exception {
    Kept sink = new Kept(-1);
    try (BackgroundWriter<Integer> w = BackgroundWriter.of(sink, "t")) {
      for (int i = 0; i < 5_000; i++) {
        w.write(i);
      }
    }
    assertEquals(5_000, sink.written.size());
    for (int i = 0; i < 5_000; i++) {
      assertEquals(i, sink.written.get(i));
    }
    assertTrue(sink.closed);
  }

  @Test
  void theSinksFailureReachesTheWritingThreadAndTheSinkIsClosed() {
    Kept sink = new Kept(10);
    IOException e = assertThrows(IOException.class, () -> {
      try (BackgroundWriter<Integer> w = BackgroundWriter.of(sink, "t")) {
        for (int i = 0; i < 100_000; i++) {
          w.write(i);
        }
      }
    });
    assertEquals("No space left on device", e.getMessage());
    assertEquals(10, sink.written.size());
    assertTrue(sink.closed);
  }
}
