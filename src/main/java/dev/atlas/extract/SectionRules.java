package dev.atlas.extract;

import dev.atlas.GuardedPattern;
import dev.atlas.Lexicon;
import dev.atlas.OrderedPatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Section headings that are not entries, from sections.tsv: skip, ignore and container rules. */
public final class SectionRules {
  /** What a section heading means for the blocks under it. */
  public enum Kind {
    /** Nothing under it is an entry (Reddit threads, end notes, reading lists, ads, papers). */
    SKIP,
    /** An advertisement between entries: nothing under it counts, up to the next heading as high. */
    AD,
    /** Not an entry itself; what follows is read as usual. */
    IGNORE,
    /** Introduces a list of projects; not an entry itself. */
    CONTAINER,
    /** No rule applies. */
    NONE
  }

  private record Rule(Kind kind, GuardedPattern pattern) {}

  private static final List<Rule> RULES = load();
  /** Section headings are short; longer labels are never one, and this bounds the patterns' work. */
  private static final int MAX_LABEL = 200;
  /** Between the halves of a label written in two languages. */
  private static final Pattern BILINGUAL = Pattern.compile("\\s+[/|｜]\\s+");

  private SectionRules() {}

  /** Returns the first rule kind matching {@code label} (markup removed), or NONE. */
  public static Kind kind(String label) {
    return KINDS.get(label);
  }

  /** Labels repeat across articles; their kinds are remembered. */
  private static final dev.atlas.Memo<Kind> KINDS = new dev.atlas.Memo<>(50_000, SectionRules::computeKind);

  private static Kind computeKind(String label) {
    if (label == null || label.isBlank() || label.length() > MAX_LABEL) {
      return Kind.NONE;
    }
    String l = label.strip().toLowerCase(Locale.ROOT);
    Kind whole = ruleFor(l);
    if (whole != Kind.NONE) {
      return whole;
    }
    // a bilingual label, "参考 / References": the first half a rule knows decides
    if (l.indexOf('/') < 0 && l.indexOf('|') < 0 && l.indexOf('｜') < 0) {
      return Kind.NONE;
    }
    String[] halves = BILINGUAL.split(l, 3);
    if (halves.length < 2) {
      return Kind.NONE;
    }
    for (String half : halves) {
      Kind kind = ruleFor(half.strip());
      if (kind != Kind.NONE) {
        return kind;
      }
    }
    return Kind.NONE;
  }

  private static Kind ruleFor(String lowerLabel) {
    int rule = PATTERNS.firstMatch(lowerLabel);
    return rule < 0 ? Kind.NONE : RULES.get(rule).kind();
  }

  /** The rules' patterns, their words looked for in one pass over a label. */
  private static final OrderedPatterns PATTERNS = new OrderedPatterns(RULES.stream().map(Rule::pattern).toList());

  private static List<Rule> load() {
    List<Rule> rules = new ArrayList<>();
    for (String[] row : Lexicon.rows("sections.tsv")) {
      Kind kind = Kind.valueOf(row[0].strip().toUpperCase(Locale.ROOT));
      rules.add(new Rule(kind, GuardedPattern.compile(row[1].strip(), 0)));
    }
    return List.copyOf(rules);
  }
}
