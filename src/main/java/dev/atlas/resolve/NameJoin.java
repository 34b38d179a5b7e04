package dev.atlas.resolve;

import dev.atlas.dataset.Mention;
import dev.atlas.dataset.PartsBuffer;
import dev.atlas.dataset.SortedParts;
import dev.atlas.dataset.StagingFolder;
import dev.atlas.dataset.TableRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives the name-only mentions their projects once every file has been read: the mentions waiting
 * by name and the names linked mentions claim are both in parts sorted by name, so one merge-join
 * pass meets each name's mentions with its claimants, holding one name's claimants at a time. The
 * resolved mentions join the linked ones in the mention tables; the two folders of the join are
 * removed. A corpus whose entries all link reads no claims at all.
 */
public final class NameJoin {
  private NameJoin() {}

  /** Resolves the name-only mentions under {@code partsDir}. Returns how many there were. */
  public static long resolve(Path partsDir) throws IOException {
    long resolved = 0;
    try (SortedParts.Merge waiting = SortedParts.open(partsDir.resolve(TableRows.NAME_ONLY_PARTS))) {
      SortedParts.Row first = waiting.next();
      if (first != null) {
        try (SortedParts.Merge claims = SortedParts.open(partsDir.resolve(TableRows.CLAIM_PARTS))) {
          resolved = join(first, waiting, claims, new PartsBuffer(partsDir));
        }
      }
    }
    StagingFolder.deleteTree(partsDir.resolve(TableRows.NAME_ONLY_PARTS));
    StagingFolder.deleteTree(partsDir.resolve(TableRows.CLAIM_PARTS));
    return resolved;
  }

  /**
   * Meets the waiting mentions ({@code first}, then the rest of {@code waiting}) with the claims of
   * their names and writes them resolved to {@code out}. Returns how many there were.
   */
  private static long join(SortedParts.Row first, SortedParts.Merge waiting, SortedParts.Merge claims,
      PartsBuffer out) throws IOException {
    long resolved = 0;
    SortedParts.Row claim = claims.next();
    String name = null;
    Set<String> claimants = new TreeSet<>();
    for (SortedParts.Row row = first; row != null; row = waiting.next()) {
      if (!TableRows.nameOf(row).equals(name)) {
        name = TableRows.nameOf(row);
        claimants = new TreeSet<>();
        while (claim != null && TableRows.nameOf(claim).compareTo(name) < 0) {
          claim = claims.next();
        }
        while (claim != null && TableRows.nameOf(claim).equals(name)) {
          claimants.add(TableRows.claimant(claim));
          claim = claims.next();
        }
      }
      Mention m = Mention.SCHEMA.fromBytes(row.data());
      TableRows.addMention(out, m.withProjectId(NameResolver.resolve(m, claimants)));
      resolved++;
    }
    out.flush();
    return resolved;
  }
}
