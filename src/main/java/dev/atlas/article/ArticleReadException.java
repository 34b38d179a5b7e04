package dev.atlas.article;

/** Thrown while reading a file that cannot become an article; carries the reason. */
public final class ArticleReadException extends Exception {
  private final RejectReason reason;

  /** Creates the exception with a reason and a human detail. */
  public ArticleReadException(RejectReason reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  /** Returns why the file was rejected. */
  public RejectReason reason() {
    return reason;
  }
}
