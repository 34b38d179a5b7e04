package dev.atlas.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one article will say: its featured projects in reading order, the filler paragraphs
 * of its intro, of each entry and of its outro, and a salt that fixes every cosmetic choice a
 * layout makes, so rendering the same plan twice gives the same text.
 *
 * @param salt seed for the layout's cosmetic choices (titles, authors, link variants, noise)
 * @param entries the featured projects, in reading order
 * @param intro filler paragraphs before the first entry
 * @param notes filler paragraphs of each entry, one list per entry
 * @param outro filler paragraphs after the last entry
 */
record ArticlePlan(long salt, List<Featured> entries, List<String> intro, List<List<String>> notes, List<String> outro) {
  /** Creates a plan; lists are copied. */
  ArticlePlan {
    entries = List.copyOf(entries);
    intro = List.copyOf(intro);
    notes = notes.stream().map(List::copyOf).toList();
    outro = List.copyOf(outro);
  }

  /** Returns a plan for {@code entries} with no filler yet. */
  static ArticlePlan bare(long salt, List<Featured> entries) {
    List<List<String>> notes = new ArrayList<>();
    entries.forEach(e -> notes.add(List.of()));
    return new ArticlePlan(salt, entries, List.of(), notes, List.of());
  }

  /** Returns the filler paragraphs of entry {@code i} (0-based). */
  List<String> notesOf(int i) {
    return notes.get(i);
  }
}
