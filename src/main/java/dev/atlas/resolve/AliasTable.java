package dev.atlas.resolve;

import dev.atlas.Lexicon;
import dev.atlas.extract.Names;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The curated aliases of aliases.tsv: normalized name → project id. */
public final class AliasTable {
  private static final Map<String, String> ALIASES = load();

  private AliasTable() {}

  /** Returns the project id a curated alias gives {@code name}, if any. */
  public static Optional<String> lookup(String name) {
    return Optional.ofNullable(ALIASES.get(Names.normalize(name)));
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    for (String[] row : Lexicon.rows("aliases.tsv")) {
      if (row.length >= 2) {
        map.put(Names.normalize(row[0]), row[1].strip());
      }
    }
    return Map.copyOf(map);
  }
}
