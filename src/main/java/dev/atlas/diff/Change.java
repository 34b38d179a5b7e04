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
public record Change(String field, String oldValue, String newValue, Long delta, Double percent) {}
