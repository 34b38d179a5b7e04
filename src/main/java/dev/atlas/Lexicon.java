package dev.atlas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the data files under {@code src/main/resources/dev/atlas}: one record a line, fields
 * separated by tabs, blank lines and {@code #} comments skipped.
 */
public final class Lexicon {
  private Lexicon() {}

  /** Returns the rows of resource {@code name}, each split on tabs; fails loudly when missing. */
  public static List<String[]> rows(String name) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(name)) {
      rows.add(line.split("\t", -1));
    }
    return List.copyOf(rows);
  }

  /**
   * Returns the phrases of the row of resource {@code name} whose first field is {@code kind}
   * ("ranked<TAB>a|b|c"), each trimmed and lowercased; fails loudly when the file has no such row.
   */
  public static List<String> phrases(String name, String kind) {
    for (String[] row : rows(name)) {
      if (row.length >= 2 && row[0].strip().equals(kind)) {
        List<String> phrases = new ArrayList<>();
        for (String p : row[1].split("\\|")) {
          phrases.add(p.strip().toLowerCase(java.util.Locale.ROOT));
        }
        return List.copyOf(phrases);
      }
    }
    throw new IllegalStateException("resource dev/atlas/" + name + " has no " + kind + " row");
  }

  /** Returns the non-comment, non-blank lines of resource {@code name}, trimmed. */
  public static List<String> lines(String name) {
    Validate.notNull(name, "resource name");
    InputStream in = Lexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource dev/atlas/" + name);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    return List.copyOf(lines);
  }
}
