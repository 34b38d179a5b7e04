package dev.atlas.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Reads the bytes of one file as one version of it. The file is looked at once before the read
 * (its size, modification time and identity) and once after; a file that grew, shrank, was
 * rewritten, replaced or removed in between is rejected as {@link RejectReason#CHANGED}, never read
 * as half of one version and half of another. The bytes are read once, into an array of the size
 * the first look gave. A change that keeps the size and lands within the file system's time
 * granularity (one second on some, nanoseconds on ext4, XFS and tmpfs) cannot be seen this way.
 */
public final class FileSnapshot {
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private FileSnapshot() {}

  /** Opens the bytes of a file that was looked at: {@link #FILES} in every run, a failing one in tests. */
  @FunctionalInterface
  public interface Opener {
    /** Opens the file system's stream of a file's bytes. */
    Opener FILES = Files::newInputStream;

    /** Returns a stream of the bytes of {@code path}. */
    InputStream open(Path path) throws IOException;
  }

  /** Returns the bytes of {@code path}, or throws with the reason the file cannot be read as one version. */
  public static byte[] read(Path path, long maxBytes) throws ArticleReadException {
    return read(path, maxBytes, Opener.FILES, () -> { });
  }

  /** As {@link #read(Path, long)}, with the bytes opened by {@code source}. */
  public static byte[] read(Path path, long maxBytes, Opener source) throws ArticleReadException {
    return read(path, maxBytes, source, () -> { });
  }

  /**
   * As {@link #read(Path, long, Opener)}, running {@code afterLook} between the first look at the
   * file and the read of its bytes: the moment a test changes the file.
   */
  static byte[] read(Path path, long maxBytes, Runnable afterLook) throws ArticleReadException {
    return read(path, maxBytes, Opener.FILES, afterLook);
  }

  private static byte[] read(Path path, long maxBytes, Opener source, Runnable afterLook) throws ArticleReadException {
    BasicFileAttributes before = look(path);
    if (before == null) {
      throw new ArticleReadException(RejectReason.VANISHED, "file no longer exists: " + path);
    }
    if (before.isDirectory()) {
      throw new ArticleReadException(RejectReason.NOT_A_FILE, "a folder, not a file");
    }
    if (!before.isRegularFile()) {
      throw new ArticleReadException(RejectReason.NOT_A_FILE, "not a regular file");
    }
    long size = before.size();
    if (size > maxBytes || size > MAX_ARRAY) {
      throw new ArticleReadException(RejectReason.TOO_LARGE, "file has " + size + " bytes, over the limit of " + maxBytes);
    }
    byte[] bytes = new byte[(int) size];
    afterLook.run();
    try (InputStream in = source.open(path)) {
      int n = in.readNBytes(bytes, 0, bytes.length);
      if (n < bytes.length) {
        throw changed("shrank while it was read (" + size + " bytes, then " + n + ")");
      }
      if (in.read() != -1) {
        throw changed("grew while it was read (past " + size + " bytes)");
      }
    } catch (NoSuchFileException e) {
      throw new ArticleReadException(RejectReason.VANISHED, "file no longer exists: " + path);
    } catch (AccessDeniedException e) {
      throw new ArticleReadException(RejectReason.UNREADABLE, "permission denied");
    } catch (IOException e) {
      throw new ArticleReadException(RejectReason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    BasicFileAttributes after = look(path);
    if (after == null) {
      throw changed("removed while it was read");
    }
    if (!Objects.equals(after.fileKey(), before.fileKey())) {
      throw changed("replaced by another file while it was read");
    }
    if (after.size() != size) {
      throw changed("changed size while it was read (" + size + " bytes, then " + after.size() + ")");
    }
    if (!after.lastModifiedTime().equals(before.lastModifiedTime())) {
      throw changed("rewritten while it was read (modified " + before.lastModifiedTime() + ", then "
          + after.lastModifiedTime() + ")");
    }
    return bytes;
  }

  /** Returns the file's attributes, or null when it does not exist. */
  private static BasicFileAttributes look(Path path) throws ArticleReadException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return null;
    } catch (AccessDeniedException e) {
      throw new ArticleReadException(RejectReason.UNREADABLE, "permission denied");
    } catch (IOException e) {
      throw new ArticleReadException(RejectReason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static ArticleReadException changed(String how) {
    return new ArticleReadException(RejectReason.CHANGED, "file " + how + "; run again to read it as it is now");
  }
}
