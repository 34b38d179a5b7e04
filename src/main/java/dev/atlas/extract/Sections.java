package dev.atlas.extract;

import dev.atlas.article.Block;
import dev.atlas.article.BlockKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The section each block stands in: the labels of the headings, framed lines and bold lines
 * above it, and whether one of them is a section to skip (reading lists, references, Reddit
 * threads, ads, comments; see sections.tsv). A short plain line naming such a section ("参考链接",
 * "Citations:") skips the list under it too.
 */
public final class Sections {
  /** Longest plain line read as a label of a section to skip. */
  private static final int MAX_LABEL_LINE = 40;

  private final List<List<Heading>> above;
  private final boolean[] skipped;

  /**
   * A heading-like block as a section label.
   *
   * @param index the block's index
   * @param rank its {@link Shape#rank()}
   * @param label its text, numbering kept out
   * @param kind what sections.tsv says of it
   */
  public record Heading(int index, int rank, String label, SectionRules.Kind kind) {}

  private Sections(List<List<Heading>> above, boolean[] skipped) {
    this.above = above;
    this.skipped = skipped;
  }

  /** Reads the sections of {@code blocks}, whose shapes are {@code shapes}. */
  public static Sections of(List<Block> blocks, List<Shape> shapes) {
    List<List<Heading>> above = new ArrayList<>(blocks.size());
    boolean[] skipped = new boolean[blocks.size()];
    List<Heading> stack = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      Shape s = shapes.get(i);
      int rank = sectionRank(b, s);
      if (rank > 0) {
        while (!stack.isEmpty() && stack.get(stack.size() - 1).rank() >= rank) {
          stack.remove(stack.size() - 1);
        }
      }
      // consecutive blocks under the same headings share one snapshot
      List<Heading> last = above.isEmpty() ? null : above.get(above.size() - 1);
      above.add(last != null && last.equals(stack) ? last : List.copyOf(stack));
      for (Heading h : stack) {
        skipped[i] |= h.kind() == SectionRules.Kind.SKIP || h.kind() == SectionRules.Kind.AD;
      }
      if (rank > 0) {
        String label = s.label().isEmpty() ? NameRules.clean(b.text()) : s.label();
        SectionRules.Kind kind = SectionRules.kind(label);
        stack.add(new Heading(i, rank, label, kind));
        if (kind == SectionRules.Kind.SKIP || kind == SectionRules.Kind.AD) {
          skipped[i] = true;
        }
      }
    }
    return new Sections(above, skipped);
  }

  /**
   * The rank at which a block opens a section: its shape's rank for headings, framed and bold
   * lines; {@link Shape#LEAD_PARAGRAPH} for a short plain line naming a section to skip (so the
   * list under it is skipped up to the next lead paragraph or heading); 0 for other blocks.
   */
  private static int sectionRank(Block b, Shape s) {
    if (s.isHeadingLike()) {
      return s.rank();
    }
    if (b.kind() == BlockKind.PARAGRAPH && b.level() == 0 && b.text().length() <= MAX_LABEL_LINE && b.links().isEmpty()
        && SectionRules.kind(NameRules.clean(b.text())) == SectionRules.Kind.SKIP) {
      return Shape.LEAD_PARAGRAPH;
    }
    return 0;
  }

  /** The section labels above block {@code i}, outermost first, its own heading not included. */
  public List<Heading> above(int i) {
    return above.get(i);
  }

  /** True when block {@code i} stands in a section to skip, or is the heading of one. */
  public boolean skipped(int i) {
    return skipped[i];
  }
}
