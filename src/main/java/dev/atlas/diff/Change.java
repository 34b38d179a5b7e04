package dev.atlas.diff;

/**
 * One changed field of a project between two datasets.
 *
 * @param field stars, domains, name, repo or article_count
 * @param oldValue the value in the old dataset, as text ("" when absent)
 * @param newValue the value in the new dataset, as text ("" when absent)
 * @param delta new minus old, for numeric fields with both values; else null
 * @param percent delta as a percentage of old, for stars with a non-zero old value; else null
 */
public record Change(String field, String oldValue, String newValue, Long delta, Double percent) {
  /** Returns the stars change from {@code oldStars} to {@code newStars}; either may be null (no figure). */
  public static Change stars(Long oldStars, Long newStars) {
    Long delta = oldStars != null && newStars != null ? newStars - oldStars : null;
    Double percent = delta != null && oldStars != 0 ? Math.round(1000.0 * delta / oldStars) / 10.0 : null;
    return new Change("stars", text(oldStars), text(newStars), delta, percent);
  }

  private static String text(Long v) {
    return v == null ? "" : v.toString();
  }
}
