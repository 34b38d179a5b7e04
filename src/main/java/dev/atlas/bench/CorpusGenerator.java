package dev.atlas.bench;

import dev.atlas.Validate;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a synthetic benchmark corpus: article files in the seven layouts the extractor handles,
 * each 5-20 KB with 5-12 entries, and a ground-truth TSV of the entries the extractor must find.
 * Everything follows from the seed; the same call writes the same bytes.
 */
public final class CorpusGenerator {
  static final int MIN_ENTRIES = 5;
  static final int MAX_ENTRIES = 12;
  static final int MIN_TARGET_BYTES = 6_000;
  static final int MAX_TARGET_BYTES = 18_000;
  private static final double NO_STARS = 0.1;

  private CorpusGenerator() {}

  /**
   * Writes {@code articles} files ({@code a0000001.md}, {@code a0000002.html}, …) into {@code dir}
   * (created when missing, and required to be empty) and the truth to {@code
   * dir/../<dirname>.truth.tsv}, one line per entry sorted by file then position: {@code
   * file<TAB>position<TAB>owner/repo<TAB>stars-or-empty}. Returns what was written.
   */
  public static Truth generate(Path dir, int articles, long seed) throws IOException {
    Validate.notNull(dir, "dir");
    Validate.isTrue(articles >= 0 && articles <= 9_999_999, "articles must be between 0 and 9999999");
    Path folder = dir.toAbsolutePath().normalize();
    Validate.isTrue(folder.getParent() != null, "dir must not be a file system root");
    Files.createDirectories(folder);
    try (Stream<Path> existing = Files.list(folder)) {
      Validate.isTrue(existing.findAny().isEmpty(), "dir must be empty: " + folder);
    }
    Path truthFile = folder.resolveSibling(folder.getFileName() + ".truth.tsv");
    SplittableRandom root = new SplittableRandom(seed);
    RepoPool pool = new RepoPool(root.split());
    SplittableRandom order = root.split();
    List<Layout> layouts = Layout.all();
    Layout[] round = new Layout[0];
    long entries = 0;
    long bytes = 0;
    try (BufferedWriter truth = Files.newBufferedWriter(truthFile, StandardCharsets.UTF_8)) {
      for (int i = 0; i < articles; i++) {
        if (i % layouts.size() == 0) {
          round = shuffled(layouts, order);
        }
        Layout layout = round[i % layouts.size()];
        String file = String.format(Locale.ROOT, "a%07d%s", i + 1, layout.traits().extension());
        ArticlePlan plan = plan(layout, pool, root.split());
        byte[] text = layout.render(plan).getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve(file), text);
        bytes += text.length;
        for (int p = 0; p < plan.entries().size(); p++) {
          Featured e = plan.entries().get(p);
          truth.write(file + '\t' + (p + 1) + '\t' + e.key() + '\t' + (e.hasStars() ? Long.toString(e.stars().value()) : "") + '\n');
        }
        entries += plan.entries().size();
      }
    }
    return new Truth(truthFile, articles, entries, pool.distinctDrawn(), pool.recurringEntries(), bytes);
  }

  /** Draws an article's entries and star counts, then fills it with prose up to a drawn size. */
  private static ArticlePlan plan(Layout layout, RepoPool pool, SplittableRandom rng) {
    List<Featured> entries = new ArrayList<>();
    List<StarFigure.Style> styles = layout.traits().starStyles();
    for (Featured f : pool.drawArticle(rng.nextInt(MIN_ENTRIES, MAX_ENTRIES + 1))) {
      StarFigure stars = rng.nextDouble() < NO_STARS ? null : StarFigure.draw(styles.get(rng.nextInt(styles.size())), rng);
      entries.add(new Featured(f.owner(), f.name(), stars));
    }
    ArticlePlan bare = ArticlePlan.bare(rng.nextLong(), entries);
    long budget = rng.nextInt(MIN_TARGET_BYTES, MAX_TARGET_BYTES + 1) - utf8Length(layout.render(bare));
    List<String> intro = new ArrayList<>();
    List<String> outro = new ArrayList<>();
    List<List<String>> notes = new ArrayList<>();
    entries.forEach(e -> notes.add(new ArrayList<>()));
    int slots = entries.size() + 2;
    for (int k = 0; budget > 0; k++) {
      int slot = k < slots ? k : rng.nextInt(slots);
      List<String> target = slot == 0 ? intro : slot == slots - 1 ? outro : notes.get(slot - 1);
      String paragraph = Prose.paragraph(layout.traits().language(), rng);
      target.add(paragraph);
      budget -= utf8Length(paragraph) + layout.traits().paragraphOverhead();
    }
    return new ArticlePlan(bare.salt(), entries, intro, notes, outro);
  }

  /** Returns the layouts in an order drawn from {@code rng}: one round of the rotation. */
  private static Layout[] shuffled(List<Layout> layouts, SplittableRandom rng) {
    Layout[] a = layouts.toArray(new Layout[0]);
    for (int i = a.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      Layout t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  /** Returns the number of bytes {@code s} takes in UTF-8, without encoding it. */
  static int utf8Length(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }
}
