package dev.atlas.extract;

import dev.atlas.article.Block;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a segmentation as a person reads it: every block with its shape and evidence, every
 * candidate list with its verdict, and every entry with what it rests on. Printed by {@code atlas
 * explain FILE}.
 */
public final class Explanation {
  /** Longest block text printed. */
  private static final int TEXT = 70;

  private Explanation() {}

  /** Writes {@code s} to {@code out}. */
  public static void write(Segmentation s, PrintWriter out) {
    List<Block> blocks = s.article().blocks();
    out.printf("%s: %d blocks, title \"%s\"%n%n", s.article().file(), blocks.size(), s.article().title());
    out.println("BLOCKS  (index line shape rank lead | text | evidence)");
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      Shape sh = s.shapes().get(i);
      Evidence e = s.evidence().get(i);
      out.printf("%4d %4d %-7s %3d %-10s%s | %s |%s%n", i, b.line(), sh.key() == null ? "-" : sh.key(), sh.rank(),
          sh.lead().name().toLowerCase(Locale.ROOT), s.sections().skipped(i) ? " skip" : "", cut(b.text()), evidence(e));
    }
    out.println();
    out.println("CANDIDATE LISTS  (best first)");
    for (Segmentation.Decision d : s.decisions()) {
      Segmenter.Candidate c = d.candidate();
      out.printf("  %-7s blocks %d-%d, %d records, %d with evidence: %s%n", c.key(), c.first(),
          c.records().get(c.records().size() - 1).end() - 1, c.records().size(), c.anchored(), d.verdict());
      if (d.verdict().startsWith("accepted") || d.verdict().startsWith("dropped")) {
        for (Record r : d.kept().records()) {
          out.printf("      %4d-%-4d %-22s %s%s%s%n", r.opener(), r.end() - 1, r.evidence(), cut(r.name().isEmpty() ? "(no name)" : r.name()),
              r.repo() == null ? "" : "  repo " + r.repo().key() + " (" + r.repoFrom() + ")",
              r.stars() == null ? "" : "  stars " + r.starsText());
        }
      }
    }
    out.println();
    out.println("ENTRIES");
    for (Entry e : s.entries()) {
      out.printf("  %2d. %s  [%s]%s%s%s%s%s  line %d%n", e.position(), e.name(), e.evidence(),
          e.repo() == null ? "" : "  " + e.repo().key(), e.stars() == null ? "" : "  ★" + e.stars().value() + (e.stars().approximate() ? "~" : ""),
          e.domainsExplicit().isEmpty() ? "" : "  domains " + String.join(";", e.domainsExplicit()),
          e.rank() > 0 ? "  rank " + e.rank() : "", e.framework().isEmpty() ? "" : "  " + e.framework(), e.line());
    }
    out.flush();
  }

  private static String evidence(Evidence e) {
    StringBuilder sb = new StringBuilder();
    for (Evidence.Ref r : e.repos()) {
      sb.append(" repo:").append(r.repo().key()).append(r.labelled() ? "(labelled)" : "").append(r.bare() ? "(url)" : "");
    }
    for (StarCount.Found f : e.figures()) {
      sb.append(f.gain() ? " gain:" : " stars:").append(f.stars().value());
    }
    if (e.field() != null) {
      sb.append(" field:").append(e.field().kind().name().toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  private static String cut(String text) {
    String t = text.replace('\n', ' ');
    return t.length() <= TEXT ? t : t.substring(0, TEXT - 1) + "…";
  }
}
