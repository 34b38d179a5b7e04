package dev.atlas.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Writes a corpus of bad and hostile input files into a folder, with the outcome each must have.
 *
 * <p>Every file ends either as an article or as a rejection whose reason is a {@code RejectReason}
 * label. The bytes are fixed: randomness is seeded and nothing depends on the clock, the time zone
 * or the platform charset, so two calls write identical folders. The corpus is built for a size
 * limit of {@link #SIZE_LIMIT} bytes ({@code --max-file-bytes=2097152}). Some file names are not
 * ASCII, so the JVM must run with a UTF-8 file-name encoding ({@code sun.jnu.encoding}, any UTF-8 locale).
 */
public final class HostileCorpus {
  /** The outcome of a file that must be read as an article (possibly with 0 entries). */
  public static final String ARTICLE = "article";

  /** The size limit in bytes the corpus is built for: 2 MiB. */
  public static final long SIZE_LIMIT = 2L * 1024 * 1024;

  private static final long SEED = 20_240_601L;
  private static final String REPO = "https://github.com/atlas-fixtures/demo-project";

  private HostileCorpus() {}

  /**
   * What a file must become: rejected with a reason, or parsed as an article (possibly with 0 entries).
   *
   * @param file the file name inside the corpus folder
   * @param reason a {@code RejectReason} label such as {@code binary}, or {@link #ARTICLE}
   */
  public record Expected(String file, String reason) {
    /** Creates an expectation; neither part may be null. */
    public Expected {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Writes the corpus into {@code dir} (which exists and is empty) and returns the expectations,
   * sorted by file name. Throws {@link IllegalArgumentException} when {@code dir} is not an empty
   * folder, and {@link IllegalStateException} when a file meant to be undecodable would decode.
   */
  public static List<Expected> write(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a folder: " + dir);
    }
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw new IllegalArgumentException("folder is not empty: " + dir);
      }
    }
    Corpus corpus = new Corpus(dir);
    writeRejections(corpus);
    writeBinaries(corpus);
    writeUndecodables(corpus);
    writeHostileMarkdown(corpus);
    writeHostileHtml(corpus);
    writeEncodings(corpus);
    writeNastyNames(corpus);
    return corpus.expectations();
  }

  private static void writeRejections(Corpus c) throws IOException {
    c.bytes("empty.md", "empty", new byte[0]);
    c.utf8("no-text-whitespace.md", "no_text", "   \n\n\t\t\n \r\n\u00a0\u3000\n\f\n");
    c.utf8("no-text-rules.md", "no_text", "---\n***\n___\n* * *\n- - -\n===\n|---|:---:|\n> \n```\n```\n");
    c.bytes("no-text-bom-whitespace.md", "no_text", concat(utf8Bom(), "\n  \n\t\n".getBytes(StandardCharsets.US_ASCII)));
    Path folder = Files.createDirectory(c.dir.resolve("folder.md"));
    Files.writeString(folder.resolve("inside.md"), "# Inside a folder\n\nNot read: the folder itself is the entry.\n",
        StandardCharsets.UTF_8);
    c.expect("folder.md", "not_a_file");
    c.bytes("too-large.md", "too_large", markdownOfSize("Too large", (int) SIZE_LIMIT + 1));
    c.bytes("size-exactly-at-limit.md", ARTICLE, markdownOfSize("Exactly at the limit", (int) SIZE_LIMIT));
  }

  private static void writeBinaries(Corpus c) throws IOException {
    c.bytes("binary-png.md", "binary", image("png"));
    c.bytes("binary-jpeg.jpg", "binary", image("jpeg"));
    c.bytes("binary-gif.txt", "binary", image("gif"));
    c.bytes("binary-pdf.md", "binary", pdf());
    c.bytes("binary-zip.md", "binary", zip());
    c.bytes("binary-gzip.md.gz", "binary", gzip(sampleArticle().getBytes(StandardCharsets.UTF_8)));
    c.bytes("binary-elf.txt", "binary", elf());
    c.bytes("binary-random-with-nul.txt", "binary", randomWithNul());
    c.bytes("binary-all-nul.md", "binary", new byte[4096]);
    c.bytes("binary-control-chars.txt", "binary", controlCharacters());
  }

  private static void writeUndecodables(Corpus c) throws IOException {
    byte[] mixed = undecodableMix();
    requireUndecodable(mixed, 0, "UTF-8", "GB18030", "Big5", "windows-1252");
    c.bytes("undecodable-mixed-bytes.md", "undecodable", mixed);

    byte[] bomThenInvalid = concat(utf8Bom(), ascii("# Title after a BOM\n\nText then "),
        new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xFF}, ascii(" and more text.\n"));
    requireUndecodable(bomThenInvalid, 3, "UTF-8");
    c.bytes("undecodable-utf8-bom-invalid.md", "undecodable", bomThenInvalid);

    ByteArrayOutputStream lone = new ByteArrayOutputStream();
    lone.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
    lone.writeBytes("# Lone surrogate\n\nText then ".getBytes(StandardCharsets.UTF_16LE));
    lone.writeBytes(new byte[] {0x00, (byte) 0xD8});
    lone.writeBytes(" and more text.\n".getBytes(StandardCharsets.UTF_16LE));
    requireUndecodable(lone.toByteArray(), 2, "UTF-16LE");
    c.bytes("undecodable-utf16le-bom-lone-surrogate.md", "undecodable", lone.toByteArray());
  }

  private static void writeHostileMarkdown(Corpus c) throws IOException {
    StringBuilder megaLine = new StringBuilder(1_000_100);
    while (megaLine.length() < 1_000_000) {
      megaLine.append("Some **bold** text, a [link](").append(REPO).append(") and `code` with 12.3k stars. ");
    }
    c.utf8("line-1mb.md", ARTICLE, "# One line of a megabyte\n\n" + megaLine + "\n");

    StringBuilder links = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      links.append("[project ").append(i).append("](https://github.com/owner").append(i).append("/repo").append(i).append(") ");
    }
    c.utf8("links-5000-one-line.md", ARTICLE, framed("5,000 links on one line", links.toString()));
    c.utf8("heading-storm-20000.md", ARTICLE, "# a\n".repeat(20_000));
    // A rule-like line of 100,000 characters: a backreference regex here once overflowed the stack.
    c.utf8("stars-100k-line.md", ARTICLE, framed("A line of 100,000 asterisks", "*".repeat(100_000)));
    c.utf8("brackets-50k-line.md", ARTICLE, framed("A line of 50,000 brackets", "[".repeat(50_000)));
    c.utf8("image-openers-50k.md", ARTICLE, framed("50,000 unclosed images", "![](".repeat(50_000)));
    c.utf8("parens-50k-line.md", ARTICLE, framed("50,000 open parentheses", "(".repeat(50_000)));
    c.utf8("numbers-100k-commas.md", ARTICLE, framed("A number-regex stress", "1,".repeat(100_000) + " stars"));
    c.utf8("table-2000-columns.md", ARTICLE, wideTable(2_000));
    c.utf8("no-spaces-200k.md", ARTICLE, "# No spaces at all\n\n" + "a".repeat(200_000) + "\n");
    c.utf8("blockquote-10000-deep.md", ARTICLE, framed("Blockquotes 10,000 deep", "> ".repeat(10_000) + "deep quote"));
    StringBuilder fence = new StringBuilder("# Unclosed code fence\n\nThe fence below never closes.\n\n```python\n");
    for (int i = 0; i < 100_000; i++) {
      fence.append("print('line ").append(i).append("')\n");
    }
    c.utf8("code-fence-unclosed.md", ARTICLE, fence.toString());
    c.utf8("bidi-zero-width-combining.md", ARTICLE, bidiAndInvisibles());
    c.utf8("line-endings-cr-crlf.md", ARTICLE,
        "# Mixed line endings\r\rClassic Mac line.\r\n## [crlf-project](" + REPO + ")\r\n\r\nStars: 1.2k\r\n\n- item\r");
    c.utf8("lt-signs-20k.md", ARTICLE, framed("Twenty thousand unclosed tags", "<".repeat(20_000)));
    writePolynomialTraps(c);
  }

  /**
   * Lines that make a backtracking regex take time quadratic in the line length.
   * The parser cuts lines to 20,000 characters, so a linear reader finishes each file in
   * milliseconds; every case here is far below the size limit.
   */
  private static void writePolynomialTraps(Corpus c) throws IOException {
    // Long space, dash and dot runs inside headings: each once made a regex backtrack quadratically.
    c.utf8("heading-space-run.md", ARTICLE, "# Space run\n\n" + ("# a" + " ".repeat(19_990) + "b\n").repeat(6));
    c.utf8("heading-dash-run.md", ARTICLE, "# Dash run\n\n" + ("## a" + "-".repeat(12_000) + "b\n").repeat(5));
    c.utf8("heading-dot-run.md", ARTICLE, "# Dot run\n\n" + ("## a" + ".".repeat(16_000) + "b\n").repeat(8));
    // Thousands groups without a star word after them: an unbounded group once made this quadratic.
    String groups = "1" + ",000".repeat(3_000) + "x stars";
    c.utf8("numbers-thousands-groups.md", ARTICLE,
        framed("Thousands groups without end", groups) + ("- " + groups + "\n").repeat(10));
  }

  private static void writeHostileHtml(Corpus c) throws IOException {
    c.utf8("nested-divs-10000.html", ARTICLE,
        "<!DOCTYPE html><html><head><title>Ten thousand divs</title></head><body>"
            + "<div>".repeat(10_000) + "<p>Deep text with <a href=\"" + REPO + "\">a link</a>.</p>");
    c.utf8("nested-formatting-10000.html", ARTICLE,
        "<!DOCTYPE html><html><head><title>Unclosed formatting</title></head><body><p>"
            + "<b><i><a href=\"" + REPO + "\">x".repeat(3_400) + "<table><tr><td>cell");
    c.utf8("html-in-a-md-file.md", ARTICLE,
        "<!DOCTYPE html>\n<html><head><title>HTML in a .md file</title></head>"
            + "<body><h2><a href=\"" + REPO + "\">demo-project</a></h2><p>Stars: 1.2k</p></body></html>\n");
    c.utf8("html-scripts-only.html", ARTICLE,
        "<html><head><title>Only scripts</title><style>body { color: red }</style></head>"
            + "<body><script>var readers = 'none';</script><noscript>enable scripts</noscript></body></html>\n");
    // og:title, unlike <title>, keeps its spaces: a long run once made title cleaning quadratic.
    c.utf8("og-title-space-run.html", ARTICLE,
        "<html><head><meta property=\"og:title\" content=\"Atlas" + " ".repeat(11_000) + "weekly\">"
            + "<title>Atlas weekly</title></head><body><h1>Atlas weekly</h1><p>Body text.</p></body></html>\n");
  }

  private static void writeEncodings(Corpus c) throws IOException {
    String zhHans = "# 本周值得关注的开源项目\n\n发布于 2024 年 3 月 5 日\n\n"
        + "## [图像识别工具箱](https://github.com/atlas-fixtures/vision-toolbox)\n\n"
        + "这是一个用于图像识别的开源项目，标星 1.2 万，社区非常活跃，文档也很完整。作者来自清华大学。\n\n"
        + "## [中文分词](https://github.com/atlas-fixtures/chinese-segmenter)\n\n"
        + "一个快速的中文分词库，支持自定义词典和多种切分模式，已经被很多公司使用。\n";
    c.bytes("encoding-gbk.md", ARTICLE, encodeStrict(zhHans, Charset.forName("GBK")));
    String zhHant = "# 本週值得關注的開源專案\n\n發佈於 2024 年 3 月 5 日\n\n"
        + "## [影像辨識工具箱](https://github.com/atlas-fixtures/vision-toolbox)\n\n"
        + "這是一個用於影像辨識的開源專案，社群非常活躍，文件也很完整。作者來自臺灣大學。\n\n"
        + "## [中文斷詞](https://github.com/atlas-fixtures/chinese-segmenter)\n\n"
        + "一個快速的中文斷詞函式庫，支援自訂詞典與多種切分模式，已經被許多公司使用。\n";
    c.bytes("encoding-big5.txt", ARTICLE, encodeStrict(zhHant, Charset.forName("Big5")));
    c.bytes("encoding-utf16le-bom.md", ARTICLE,
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, encodeStrict(zhHans, StandardCharsets.UTF_16LE)));
    c.bytes("encoding-utf16be-bom.md", ARTICLE,
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, encodeStrict(zhHans, StandardCharsets.UTF_16BE)));
  }

  private static void writeNastyNames(Corpus c) throws IOException {
    c.utf8("we\"ird, name 文件.md", ARTICLE, sampleArticle());
    c.utf8("=cmd.md", ARTICLE, sampleArticle());
    c.utf8("+cmd.md", ARTICLE, sampleArticle());
    c.utf8("@cmd.md", ARTICLE, sampleArticle());
    c.utf8("line\nbreak.md", ARTICLE, sampleArticle());
  }

  /** A small valid article with one entry. */
  private static String sampleArticle() {
    return "# Projects of the week\n\n## [demo-project](" + REPO + ")\n\nA demo project with 1.2k stars.\n";
  }

  /**
   * Puts {@code hostile} where each reader meets it: as the first line (the title candidate), as a
   * paragraph under an entry heading and as a list item, around text that keeps the file an article.
   */
  private static String framed(String title, String hostile) {
    return hostile + "\n\n# Hostile input: " + title + "\n\n"
        + "Atlas must read this file as an article, quickly, whatever the lines around this one do.\n\n"
        + "## [demo-project](" + REPO + ")\n\n"
        + hostile + "\n\n- " + hostile + "\n";
  }

  /** Returns exactly {@code size} bytes of ASCII markdown: a title, then numbered paragraphs. */
  private static byte[] markdownOfSize(String title, int size) {
    StringBuilder sb = new StringBuilder(size + 100);
    sb.append("# ").append(title).append("\n\n");
    for (int i = 1; sb.length() < size; i++) {
      sb.append("Paragraph ").append(i).append(" of plain prose, long enough to fill the file.\n\n");
    }
    sb.setLength(size - 1);
    sb.append('\n');
    return sb.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String wideTable(int columns) {
    StringBuilder header = new StringBuilder("| name | github | stars |");
    StringBuilder rule = new StringBuilder("|---|---|---:|");
    for (int i = 4; i <= columns; i++) {
      header.append(" c").append(i).append(" |");
      rule.append("---|");
    }
    StringBuilder table = new StringBuilder("# A table with ").append(columns).append(" columns\n\n");
    table.append(header).append('\n').append(rule).append('\n');
    for (int row = 1; row <= 5; row++) {
      table.append("| project-").append(row).append(" | [repo](https://github.com/atlas-fixtures/project-")
          .append(row).append(") | ").append(row).append(".2k |");
      table.append(" x |".repeat(columns - 3)).append('\n');
    }
    return table.toString();
  }

  /** Right-to-left text, bidi overrides, zero-width and combining characters, emoji sequences. */
  private static String bidiAndInvisibles() {
    String zalgo = "a" + "\u0301\u0316\u0327\u0334\u0351\u0362\u036f".repeat(40);
    return "# \u202Eolleh\u202C mixed \u05E2\u05D1\u05E8\u05D9\u05EA and \u0627\u0644\u0639\u0631\u0628\u064A\u0629\n\n"
        + "Zero\u200Bwidth\u200Cjoiners\u200D and a word\u2060joiner, a BOM\uFEFFinside, soft\u00ADhyphen.\n\n"
        + "## [\u2067\u0645\u0634\u0631\u0648\u0639\u2069 demo](https://github.com/atlas-fixtures/de\u200Bmo)\n\n"
        + "Isolates \u2066ltr\u2069 \u2067\u05E9\u05DC\u05D5\u05DD\u2069 \u2068first-strong\u2069 and marks \u200E\u200F.\n\n"
        + "## [\u202Etcejorp-desrever\u202C](" + REPO + ")\n\n"
        + "Combining: " + zalgo + " " + zalgo + "\n\n"
        + "Emoji: \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDDE8\uD83C\uDDF3 \u2764\uFE0F \u2B50 12k stars\n\n"
        + "- \u202D\u0661\u0662\u0663 Arabic-Indic digits \u0661\u066B\u0662k stars\n";
  }

  private static byte[] image(String format) throws IOException {
    BufferedImage img = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, 0xFF0000);
    img.setRGB(1, 1, 0x00FF00);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(img, format, out)) {
      throw new IllegalStateException("no ImageIO writer for " + format);
    }
    return out.toByteArray();
  }

  /** A minimal one-page PDF: almost all ASCII, so only its magic number marks it as binary. */
  private static byte[] pdf() {
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
      "<< /Length 44 >>\nstream\nBT /F1 12 Tf 20 100 Td (Hello PDF) Tj ET\nendstream",
    };
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.length; i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A real zip holding a markdown article, as a disguised .docx would. */
  private static byte[] zip() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      ZipEntry entry = new ZipEntry("article.md");
      entry.setTimeLocal(LocalDateTime.of(2024, 6, 1, 0, 0));
      zip.putNextEntry(entry);
      zip.write(sampleArticle().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A 64-bit little-endian ELF header followed by seeded random code bytes. */
  private static byte[] elf() {
    byte[] b = new byte[512];
    new Random(SEED).nextBytes(b);
    byte[] header = {
      0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      2, 0, 0x3E, 0, 1, 0, 0, 0, 0x78, 0x00, 0x40, 0, 0, 0, 0, 0,
    };
    System.arraycopy(header, 0, b, 0, header.length);
    return b;
  }

  /** A readable first line, then seeded random bytes with a NUL every 97 bytes. */
  private static byte[] randomWithNul() {
    byte[] b = new byte[8192];
    new Random(SEED + 1).nextBytes(b);
    byte[] head = ascii("# Looks like markdown\n\n");
    System.arraycopy(head, 0, b, 0, head.length);
    for (int i = 200; i < b.length; i += 97) {
      b[i] = 0;
    }
    return b;
  }

  /** Letters interleaved with C0 control characters (no NUL, tab, newline or form feed). */
  private static byte[] controlCharacters() {
    int[] controls = {1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii("Terminal log "));
    for (int i = 0; i < 2_000; i++) {
      out.write('a' + i % 26);
      out.write(controls[i % controls.length]);
    }
    return out.toByteArray();
  }

  /**
   * ASCII prose mixed with bytes that no supported charset decodes: 0xFF is invalid in UTF-8,
   * GB18030 and Big5, and 0x81/0x8D/0x8F/0x90/0x9D have no character in windows-1252, the charset
   * the detector guesses for Latin-looking bytes. No BOM, no NUL.
   */
  private static byte[] undecodableMix() {
    int[] bad = {0xFF, 0xFE, 0x80, 0x81, 0xFF, 0x8D, 0x8F, 0x90, 0x9D, 0xFF};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii("# Not in any charset\n\n"));
    for (int i = 0; i < 200; i++) {
      out.writeBytes(ascii("word " + i + " "));
      for (int j = 0; j <= i % bad.length; j++) {
        out.write(bad[(i + j) % bad.length]);
      }
      out.write(i % 10 == 9 ? '\n' : ' ');
    }
    return out.toByteArray();
  }

  /** Throws unless {@code bytes} after {@code offset} fail strict decoding in every named charset. */
  private static void requireUndecodable(byte[] bytes, int offset, String... charsets) {
    for (String name : charsets) {
      try {
        Charset.forName(name).newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        throw new IllegalStateException("meant to be undecodable, but " + name + " decodes it");
      } catch (CharacterCodingException expected) {
        // the charset rejects the bytes, as meant
      }
    }
  }

  /** Encodes {@code text}, throwing rather than writing '?' for a character the charset lacks. */
  private static byte[] encodeStrict(String text, Charset charset) {
    try {
      ByteBuffer buffer = charset.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException(charset + " cannot encode the sample text", e);
    }
  }

  private static byte[] utf8Bom() {
    return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** The folder being written and the expectations so far. */
  private static final class Corpus {
    private final Path dir;
    private final List<Expected> expected = new ArrayList<>();

    Corpus(Path dir) {
      this.dir = dir;
    }

    void bytes(String file, String reason, byte[] content) throws IOException {
      Files.write(dir.resolve(file), content);
      expect(file, reason);
    }

    void utf8(String file, String reason, String content) throws IOException {
      bytes(file, reason, content.getBytes(StandardCharsets.UTF_8));
    }

    void expect(String file, String reason) {
      expected.add(new Expected(file, reason));
    }

    List<Expected> expectations() {
      List<Expected> sorted = new ArrayList<>(expected);
      sorted.sort(Comparator.comparing(Expected::file));
      return List.copyOf(sorted);
    }
  }
}
