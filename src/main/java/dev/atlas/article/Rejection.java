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
  /** Creates a rejection; a null detail becomes empty. */
  public Rejection {
    Validate.notNull(file, "file");
    Validate.notNull(reason, "reason");
    detail = detail == null ? "" : detail;
  }
}
