package dev.atlas.bench;

/**
 * One project an article features: its GitHub repository and the star count it states.
 *
 * @param owner the repository owner, lowercase
 * @param name the repository name, lowercase; also the name the article displays
 * @param stars the stated count, or null when the article states none
 */
record Featured(String owner, String name, StarFigure stars) {
  /** Returns {@code owner/name}, the key the extractor reports. */
  String key() {
    return owner + "/" + name;
  }

  /** Returns the plain repository URL. */
  String url() {
    return "https://github.com/" + key();
  }

  /** Returns true when the article states a count. */
  boolean hasStars() {
    return stars != null;
  }
}
