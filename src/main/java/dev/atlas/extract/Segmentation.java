package dev.atlas.extract;

import dev.atlas.article.Article;
import java.util.List;

/**
 * How an article was segmented: its blocks' shapes and evidence, every candidate list with the
 * decision taken on it, the featured lists and the entries read from them. What {@code atlas
 * explain} prints.
 *
 * @param article the article
 * @param shapes one shape per block
 * @param evidence one evidence per block
 * @param sections the section of each block
 * @param decisions every candidate list, best first, with its verdict
 * @param lists the featured lists, in reading order
 * @param entries the entries, numbered from 1
 */
public record Segmentation(
    Article article,
    List<Shape> shapes,
    List<Evidence> evidence,
    Sections sections,
    List<Decision> decisions,
    List<Segmenter.Candidate> lists,
    List<Entry> entries) {

  /**
   * A candidate list and what became of it.
   *
   * @param candidate the list as its shape gives it
   * @param kept its records not taken by a better list before it
   * @param verdict "accepted: …", "rejected: …" or "dropped: …", with the reason
   */
  public record Decision(Segmenter.Candidate candidate, Segmenter.Candidate kept, String verdict) {}

  /** Segments {@code article}. */
  public static Segmentation of(Article article) {
    return Segmenter.segment(article);
  }
}
