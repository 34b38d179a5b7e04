package dev.atlas.article;

import java.io.Serializable;

/** A hyperlink as the article states it: its visible text and its raw target. */
public record Link(String text, String href) implements Serializable {
  /** Creates a link; null text or target become empty strings. */
  public Link {
    text = text == null ? "" : text;
    href = href == null ? "" : href;
  }
}
