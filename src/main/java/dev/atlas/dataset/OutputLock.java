package dev.atlas.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock one run holds on an output folder while it writes it: a file beside the output
 * ({@code .out.lock}) holding the owner's pid and start time, locked with the operating system's
 * file lock for as long as the run lives. The system releases that lock when its holder exits,
 * however it exits (kill -9 included), so a dead holder's lock is broken by the next run without
 * guessing from pids; the pid in the file is what a refused run reports. The file is removed when
 * the lock is released; a file left by a killed run is taken over. The holder never opens the file
 * a second time (closing any descriptor of it would release the lock), and checks by the file's
 * identity that the file it locked is still the one at the path.
 */
public final class OutputLock implements AutoCloseable {
  private static final int ATTEMPTS = 5;

  /**
   * Lock files held by runs in this JVM. Checked before any file is opened: on Linux, closing any
   * descriptor of a file releases every lock the process holds on it, so a second run in the same
   * JVM must not so much as open the file of the first.
   */
  private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final Object key;

  private OutputLock(Path file, FileChannel channel, FileLock lock, Object key) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.key = key;
  }

  /** Thrown when another live run holds the lock; the message names it. */
  public static final class HeldException extends IOException {
    private final transient Optional<RunOwner> holder;

    HeldException(Path output, Optional<RunOwner> holder) {
      super(output + " is being written by another atlas run ("
          + holder.map(RunOwner::describe).orElse("pid not yet recorded") + ")");
      this.holder = holder;
    }

    /** Returns the run that holds the lock, when its file says. */
    public Optional<RunOwner> holder() {
      return holder;
    }
  }

  /** Returns the lock file of {@code output}: {@code .<name>.lock} beside it. */
  public static Path fileOf(Path output) {
    Path out = output.toAbsolutePath().normalize();
    return out.resolveSibling("." + out.getFileName() + ".lock");
  }

  /**
   * Takes the lock of {@code output} for {@code owner}, creating the output's parent folder when
   * needed. Throws {@link HeldException} when a live run holds it. On a file system without file
   * locks the run goes on unlocked (the returned lock holds nothing).
   */
  public static OutputLock acquire(Path output, RunOwner owner) throws IOException {
    Path file = fileOf(output);
    Files.createDirectories(file.getParent());
    if (!HELD_HERE.add(file)) {
      throw new HeldException(output.toAbsolutePath().normalize(), Optional.of(RunOwner.current()));
    }
    try {
      return lock(file, output, owner);
    } catch (IOException | RuntimeException | Error e) {
      HELD_HERE.remove(file);
      throw e;
    }
  }

  private static OutputLock lock(Path file, Path output, RunOwner owner) throws IOException {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Object before = keyOf(file);
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      } catch (IOException unsupported) {
        channel.close();
        HELD_HERE.remove(file);
        return new OutputLock(file, null, null, null);
      }
      if (lock == null) {
        channel.close();
        throw new HeldException(output.toAbsolutePath().normalize(), holderOf(file));
      }
      Object key = keyOf(file);
      if (key != null && key.equals(before)) {
        try {
          channel.truncate(0);
          channel.write(ByteBuffer.wrap((owner.token() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
          lock.release();
          channel.close();
          throw e;
        }
        return new OutputLock(file, channel, lock, key);
      }
      // The file was removed or replaced around the open (a holder finishing): the lock is on a file
      // no other run can see. Try again on the file now at the path.
      lock.release();
      channel.close();
    }
    throw new IOException("cannot take the lock " + file + ": it keeps being replaced");
  }

  /** True when the lock is held; false on a file system without file locks. */
  public boolean held() {
    return lock != null;
  }

  /**
   * Removes the lock file (when it is still this run's) and releases the lock. A file that cannot
   * be removed stays, unlocked, for the next run to take over.
   */
  @Override
  public void close() throws IOException {
    if (lock == null) {
      return;
    }
    try {
      if (key.equals(keyOf(file))) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // left unlocked: the next run takes it over
    } finally {
      try {
        lock.release();
        channel.close();
      } finally {
        HELD_HERE.remove(file);
      }
    }
  }

  /** Returns the identity of the file at {@code path} (device and inode), or null when there is none. */
  private static Object keyOf(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  private static Optional<RunOwner> holderOf(Path file) {
    String text = read(file).strip();
    int space = text.indexOf(' ');
    return RunOwner.parse(space < 0 ? text : text.substring(0, space));
  }

  /** Reads the lock file of another process's run; never called while this process holds it. */
  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
