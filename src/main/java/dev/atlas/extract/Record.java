package dev.atlas.extract;

import java.util.Set;

/**
 * One record of a candidate list: an opener block and the body blocks under it, with the fields
 * read from them.
 *
 * @param opener the index of the opening block
 * @param end the index after the record's last body block
 * @param shape the opener's shape
 * @param name the project name read from the opener, or from the body when the opener names
 *     none (a rank line, a domain label); empty when neither does
 * @param heading the opener as written, markup trimmed
 * @param repo the record's primary repository, or null
 * @param repoFrom where the repository was read: "opener", "label", "name", "url", "note"; "" without one
 * @param stars the star total the record states, or null
 * @param starsText the figure as written, or empty
 * @param domains the domain tags the record states itself (opener tag, field, category cell)
 * @param framework the framework it states, or empty
 * @param author the author it states, or empty
 * @param rank a rank the record states as one ("Rank 3", a rank cell or field), or 0
 * @param fields how many field lines the body holds
 * @param link the opener's own link when it leads off GitHub (a homepage, a docs page), or empty
 */
public record Record(
    int opener,
    int end,
    Shape shape,
    String name,
    String heading,
    GithubRepo repo,
    String repoFrom,
    Stars stars,
    String starsText,
    Set<String> domains,
    String framework,
    String author,
    int rank,
    int fields,
    String link) {

  /** True when the record rests on evidence: a repository or a star total. */
  public boolean anchored() {
    return repo != null || stars != null;
  }

  /** The number of blocks in the record's body. */
  public int bodySize() {
    return end - opener - 1;
  }

  /** What the record rests on, for the mention's evidence column: "heading+repo+stars". */
  public String evidence() {
    StringBuilder sb = new StringBuilder(openerKind());
    if (repo != null) {
      sb.append("+repo");
    }
    if (stars != null) {
      sb.append("+stars");
    }
    if (repo == null && stars == null) {
      sb.append(fields > 0 ? "+fields" : "+siblings");
    }
    return sb.toString();
  }

  private String openerKind() {
    String key = shape.key();
    if (key == null) {
      return "block";
    }
    return switch (key.charAt(0)) {
      case 'h' -> "heading";
      case 'b' -> "bold";
      case 'f' -> key.startsWith("fn") ? "field" : "framed";
      case 'l' -> "item";
      case 't' -> "row";
      default -> "paragraph";
    };
  }
}
