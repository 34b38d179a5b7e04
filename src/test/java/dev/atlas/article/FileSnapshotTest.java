package dev.atlas.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that changes while it is read is read as one version or rejected as changed, never half of each. */
class FileSnapshotTest {
  private static final byte[] TEXT = "# Top repos\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path tmp;

  @Test
  void readsAFileThatStaysAsItWas() throws Exception {
    Path f = write("a.md", TEXT);
    assertArrayEquals(TEXT, FileSnapshot.read(f, 1000));
  }

  @Test
  void fileThatGrowsWhileReadIsChanged() throws Exception {
    Path f = write("a.md", TEXT);
    ArticleReadException e = changedBy(f, () -> append(f, "## 1. more\n"));
    assertEquals("file grew while it was read (past 12 bytes); run again to read it as it is now", e.getMessage());
  }

  @Test
  void fileThatShrinksWhileReadIsChanged() throws Exception {
    Path f = write("a.md", TEXT);
    ArticleReadException e = changedBy(f, () -> rewrite(f, "# Top".getBytes(StandardCharsets.UTF_8)));
    assertEquals("file shrank while it was read (12 bytes, then 5); run again to read it as it is now", e.getMessage());
  }

  @Test
  void fileRewrittenToTheSameSizeIsChanged() throws Exception {
    Path f = write("a.md", TEXT);
    FileTime before = Files.getLastModifiedTime(f);
    ArticleReadException e = changedBy(f, () -> {
      rewrite(f, "# Top tools\n".getBytes(StandardCharsets.UTF_8));
      setTime(f, FileTime.fromMillis(before.toMillis() + 5_000));
    });
    assertTrue(e.getMessage().startsWith("file rewritten while it was read (modified " + before + ", then "), e.getMessage());
  }

  @Test
  void fileReplacedByAnotherWhileReadIsChanged() throws Exception {
    Path f = write("a.md", TEXT);
    Path other = write(".a.md.new", TEXT);
    ArticleReadException e = changedBy(f, () -> move(other, f));
    assertEquals("file replaced by another file while it was read; run again to read it as it is now", e.getMessage());
  }

  @Test
  void fileRemovedBeforeItsBytesAreReadVanished() throws Exception {
    Path f = write("a.md", TEXT);
    ArticleReadException e = assertThrows(ArticleReadException.class, () -> FileSnapshot.read(f, 1000, () -> delete(f)));
    assertEquals(RejectReason.VANISHED, e.reason());
  }

  @Test
  void fileReplacedBetweenMatchAndReadIsReadAsTheNewVersion() throws Exception {
    Path f = write("a.md", TEXT);
    byte[] newer = "# Top tools of the week\n".getBytes(StandardCharsets.UTF_8);
    move(write(".a.md.new", newer), f);
    assertArrayEquals(newer, FileSnapshot.read(f, 1000));
  }

  /**
   * A writer rewrites one file in place as fast as it can, alternating two versions of different
   * sizes, while it is read again and again: every read gives the file as it was at one moment (one
   * version, or the start of one that the writer had written so far and paused on within one tick
   * of the file system's clock) or is rejected as changed; never bytes of both versions.
   */
  @Test
  void readsUnderAConcurrentWriterNeverMixTwoVersions() throws Exception {
    byte[] a = new byte[96 * 1024];
    byte[] b = new byte[40 * 1024];
    Arrays.fill(a, (byte) 'a');
    Arrays.fill(b, (byte) 'b');
    Path f = write("busy.md", a);
    AtomicBoolean stop = new AtomicBoolean();
    Thread writer = new Thread(() -> {
      for (int i = 0; !stop.get(); i++) {
        rewrite(f, i % 2 == 0 ? b : a);
      }
    });
    writer.start();
    int whole = 0;
    int changed = 0;
    try {
      long end = System.nanoTime() + 400_000_000L;
      while (System.nanoTime() < end) {
        try {
          byte[] got = FileSnapshot.read(f, 1 << 20);
          if (contains(got, (byte) 'a') && contains(got, (byte) 'b')) {
            fail("read " + got.length + " bytes mixing both versions");
          }
          whole++;
        } catch (ArticleReadException e) {
          assertEquals(RejectReason.CHANGED, e.reason(), e.getMessage());
          changed++;
        }
      }
    } finally {
      stop.set(true);
      writer.join();
    }
    assertTrue(whole + changed > 0);
  }

  private static ArticleReadException changedBy(Path f, Runnable change) {
    ArticleReadException e = assertThrows(ArticleReadException.class, () -> FileSnapshot.read(f, 1000, change));
    assertEquals(RejectReason.CHANGED, e.reason(), e.getMessage());
    return e;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(tmp.resolve(name), bytes);
  }

  private static void append(Path f, String text) {
    io(() -> Files.writeString(f, text, StandardOpenOption.APPEND));
  }

  private static void rewrite(Path f, byte[] bytes) {
    io(() -> Files.write(f, bytes));
  }

  private static void setTime(Path f, FileTime t) {
    io(() -> Files.setLastModifiedTime(f, t));
  }

  private static void move(Path from, Path to) {
    io(() -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE));
  }

  private static void delete(Path f) {
    io(() -> {
      Files.delete(f);
      return null;
    });
  }

  @FunctionalInterface
  private interface Io {
    Object run() throws IOException;
  }

  private static void io(Io io) {
    try {
      io.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean contains(byte[] bytes, byte b) {
    for (byte x : bytes) {
      if (x == b) {
        return true;
      }
    }
    return false;
  }
}
