package dev.atlas.bench;

import java.nio.file.Path;

/**
 * What {@link CorpusGenerator#generate} wrote: where the ground truth is and how big the corpus is.
 *
 * @param truthFile the ground-truth TSV ({@code file, position, repo, stars}), beside the corpus folder
 * @param files number of article files written
 * @param entries number of expected entries, one truth line each
 * @param distinctRepos number of distinct repositories among the entries
 * @param recurringEntries entries whose repository is featured by more than one article
 * @param bytes total size of the article files
 */
public record Truth(Path truthFile, int files, long entries, long distinctRepos, long recurringEntries, long bytes) {
  /** Returns a one-line summary. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%d files, %d entries, %d distinct repos, %d recurring entries, %d bytes -> %s",
        files, entries, distinctRepos, recurringEntries, bytes, truthFile);
  }
}
