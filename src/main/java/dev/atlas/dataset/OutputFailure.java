package dev.atlas.dataset;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A run that could not write its dataset, told in one sentence a user can act on: the cause, the
 * output folder, the space the run had when space is the cause, and what became of the previous
 * dataset ({@code no space left on device writing /data/out (needed more than the 3.1 MB free);
 * the previous dataset is untouched}). The space is the file system's free space when the run
 * began writing, which the run used up: file sizes would say less, as every file takes whole blocks.
 */
public final class OutputFailure extends IOException {
  /** A cause recognized in an I/O error's message, as the system words it, and as Atlas says it. */
  private record Cause(String systemText, String said, boolean aboutSpace) {}

  private static final List<Cause> CAUSES = List.of(
      new Cause("No space left on device", "no space left on device", true),
      new Cause("Disk quota exceeded", "disk quota exceeded", true),
      new Cause("File too large", "a file grew past the size limit of the file system or the process", false),
      new Cause("Read-only file system", "read-only file system", false),
      new Cause("Permission denied", "permission denied", false),
      new Cause("Input/output error", "input/output error (a failing disk or a lost network share)", false),
      new Cause("Too many open files", "too many open files", false),
      new Cause("Stale file handle", "the network share went away", false));

  private OutputFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Tells {@code failure} as an output failure when it is (or wraps) an I/O error: a known cause
   * from the system's message, an access denial, or a file-system error on a path beside or under
   * {@code output}. Returns empty for other failures, which keep their own message.
   *
   * @param output the output folder
   * @param freeAtStart the space free on the output's file system when the run began writing, or a
   *     negative number when unknown
   * @param previousKept whether a previous dataset is in place (else nothing is there)
   */
  public static Optional<OutputFailure> of(Throwable failure, Path output, long freeAtStart, boolean previousKept) {
    String what = null;
    boolean aboutSpace = false;
    for (Throwable t = failure; t != null && what == null; t = t.getCause() == t ? null : t.getCause()) {
      String message = String.valueOf(t.getMessage());
      for (Cause c : CAUSES) {
        if (message.contains(c.systemText())) {
          what = c.said();
          aboutSpace = c.aboutSpace();
          break;
        }
      }
      if (what == null && t instanceof AccessDeniedException) {
        what = "permission denied";
      } else if (what == null && t instanceof FileSystemException fs && fs.getFile() != null
          && isOurs(Path.of(fs.getFile()), output)) {
        what = describe(fs);
      }
    }
    if (what == null) {
      return Optional.empty();
    }
    StringBuilder m = new StringBuilder(what).append(" writing ").append(output);
    if (aboutSpace && freeAtStart >= 0) {
      m.append(" (needed more than the ").append(size(freeAtStart)).append(" free)");
    }
    m.append(previousKept ? "; the previous dataset is untouched" : "; nothing was written there");
    return Optional.of(new OutputFailure(m.toString(), failure));
  }

  /** Says that a live run holds the lock of the output, and that this one wrote nothing. */
  public static OutputFailure locked(OutputLock.HeldException held) {
    return new OutputFailure(held.getMessage() + "; this run stopped without writing: run it again when that one has"
        + " finished", held);
  }

  /** Returns a size in the unit that reads best: bytes, KB, MB or GB (1024-based). */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
    }
    if (bytes < 1024L * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
    return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
  }

  private static String describe(FileSystemException e) {
    String reason = e.getReason() != null ? e.getReason()
        : e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
    return reason.toLowerCase(Locale.ROOT) + " (" + e.getFile() + ")";
  }

  /** True when {@code file} is the output, under it, or one of the run's hidden folders beside it. */
  private static boolean isOurs(Path file, Path output) {
    Path out = output.toAbsolutePath().normalize();
    String prefix = "." + out.getFileName() + ".";
    for (Path p = file.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (p.equals(out) || out.getParent() != null && out.getParent().equals(p.getParent())
          && p.getFileName().toString().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
