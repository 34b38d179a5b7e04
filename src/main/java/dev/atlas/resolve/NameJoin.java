package dev.atlas.resolve;

import dev.atlas.dataset.Mention;
import dev.atlas.dataset.PartsBuffer;
import dev.atlas.dataset.SortedParts;
import dev.atlas.dataset.TableRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

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
      SortedParts.Row row = waiting.next();
      if (row != null) {
        try (SortedParts.Merge claims = SortedParts.open(partsDir.resolve(TableRows.CLAIM_PARTS))) {
          PartsBuffer out = new PartsBuffer(partsDir);
          SortedParts.Row claim = claims.next();
          String name = null;
          Set<String> claimants = new TreeSet<>();
          for (; row != null; row = waiting.next()) {
            String lookup = TableRows.claimedName(row);
            if (!lookup.equals(name)) {
              name = lookup;
              claimants = new TreeSet<>();
              while (claim != null && TableRows.claimedName(claim).compareTo(name) < 0) {
                claim = claims.next();
              }
              while (claim != null && TableRows.claimedName(claim).equals(name)) {
                claimants.add(TableRows.claimant(claim));
                claim = claims.next();
              }
            }
            Mention m = Mention.SCHEMA.fromBytes(row.data());
            Mention joined = m.withProjectId(NameResolver.resolve(m, claimants));
            TableRows.addMention(out, joined);
            resolved++;
          }
          out.flush();
        }
      }
    }
    delete(partsDir.resolve(TableRows.NAME_ONLY_PARTS));
    delete(partsDir.resolve(TableRows.CLAIM_PARTS));
    return resolved;
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
