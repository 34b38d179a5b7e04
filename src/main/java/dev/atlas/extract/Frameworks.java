package dev.atlas.extract;

import dev.atlas.Lexicon;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Canonical framework names ("tensorflow", "Tensor Flow" → TensorFlow), from frameworks.tsv. */
public final class Frameworks {
  private static final Map<String, String> SPELLINGS = new HashMap<>();
  private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[。.，,;；]+$");
  private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[,，/、;；]");

  static {
    for (String[] row : Lexicon.rows("frameworks.tsv")) {
      String canonical = row[0].strip();
      SPELLINGS.put(canonical.toLowerCase(Locale.ROOT), canonical);
      for (String s : row[1].split("\\|")) {
        SPELLINGS.put(s.strip().toLowerCase(Locale.ROOT), canonical);
      }
    }
  }

  private Frameworks() {}

  /** Returns the canonical name of a framework value such as "tensorflow"; empty if unknown. */
  public static Optional<String> canonical(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = TRAILING_PUNCTUATION.matcher(value.strip().toLowerCase(Locale.ROOT)).replaceAll("").strip();
    return Optional.ofNullable(SPELLINGS.get(v));
  }

  /**
   * Returns the framework a field value states, canonical when known, else the value as written
   * (trimmed, at most 40 characters). Returns empty for blank input.
   */
  public static Optional<String> fromField(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Optional<String> known = canonical(value);
    if (known.isPresent()) {
      return known;
    }
    String first = SEPARATORS.split(value.strip())[0].strip();
    known = canonical(first);
    if (known.isPresent()) {
      return known;
    }
    return first.length() <= 40 ? Optional.of(first) : Optional.empty();
  }
}
