package dev.atlas.article;

import java.util.Locale;

/** Why a matched file could not be read as an article. */
public enum RejectReason {
  /** The file has no bytes. */
  EMPTY,
  /** The bytes are an image, archive, PDF, executable or other non-text format. */
  BINARY,
  /** No supported charset decodes the bytes. */
  UNDECODABLE,
  /** The text decodes but holds no letters. */
  NO_TEXT,
  /** The file is larger than the size limit. */
  TOO_LARGE,
  /** The path is a folder or another non-regular file. */
  NOT_A_FILE,
  /** The file exists but cannot be read. */
  UNREADABLE,
  /** The file was matched but is gone when read. */
  VANISHED,
  /** The file grew, shrank, was rewritten, replaced or removed while it was read. */
  CHANGED,
  /** Parsing the file took longer than its time budget. */
  TIMEOUT,
  /** An unexpected failure while reading or extracting; the detail says what. */
  ERROR;

  /** Returns the reason as written in {@code rejected.csv}: lowercase, e.g. {@code too_large}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
