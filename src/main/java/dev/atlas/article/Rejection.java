package dev.atlas.article;

import dev.atlas.Validate;
import java.io.Serializable;

/**
 * A file that could not be used, kept as data: the file, why, and a human detail.
 *
 * @param file the file name as matched
 * @param reason the reason, from a fixed set
 * @param detail what exactly went wrong, for a person
 */
public record Rejection(String file, RejectReason reason, String detail) implements Serializable {
  /** How many stack frames an {@link RejectReason#ERROR} detail keeps. */
  public static final int ERROR_FRAMES = 5;

  /** Creates a rejection; a null detail becomes empty. */
  public Rejection {
    Validate.notNull(file, "file");
    Validate.notNull(reason, "reason");
    detail = detail == null ? "" : detail;
  }

  /**
   * Returns the {@link RejectReason#ERROR} rejection of {@code file} for an unexpected failure: the
   * detail is the throwable and its first {@value #ERROR_FRAMES} stack frames, on one line
   * ({@code java.lang.IllegalStateException: boom; at a.B.c(B.java:12); at …}).
   */
  public static Rejection error(String file, Throwable failure) {
    Validate.notNull(failure, "failure");
    StringBuilder detail = new StringBuilder(failure.toString());
    StackTraceElement[] stack = failure.getStackTrace();
    for (int i = 0; i < Math.min(ERROR_FRAMES, stack.length); i++) {
      detail.append("; at ").append(stack[i]);
    }
    return new Rejection(file, RejectReason.ERROR, detail.toString());
  }
}
