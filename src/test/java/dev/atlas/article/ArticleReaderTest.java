package dev.atlas.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.extract.Entry;
import dev.atlas.extract.EntryFinder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  private static final String ZH = "# 标题 - 知乎\n\n原载于 2019 年 8 月 2 日\n\n## [测试项目](https://github.com/a/b)\n\n这是一个测试项目，标星 1.2 万。\n";

  @Test
  void readsUtf8WithAndWithoutBom() throws Exception {
    byte[] plain = ZH.getBytes(StandardCharsets.UTF_8);
    assertEquals("UTF-8", ArticleReader.parse("a.md", plain).encoding());
    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
    Article a = ArticleReader.parse("a.md", bom);
    assertEquals("UTF-8-BOM", a.encoding());
    assertEquals("标题", a.title());
    assertEquals("2019-08-02", a.published());
  }

  @Test
  void readsUtf16WithBom() throws Exception {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ZH.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ZH.getBytes(StandardCharsets.UTF_16BE));
    assertEquals("UTF-16LE", ArticleReader.parse("a.md", le).encoding());
    assertEquals("UTF-16BE", ArticleReader.parse("a.md", be).encoding());
    assertEquals("标题", ArticleReader.parse("a.md", be).title());
  }

  @Test
  void gbkCopyOfASampleGivesTheSameEntries() throws Exception {
    Path sample = Path.of("input/001_6368961a8485f5aa.txt");
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    Article utf8 = ArticleReader.parse("x.txt", text.getBytes(StandardCharsets.UTF_8));
    Article gbk = ArticleReader.parse("x.txt", text.getBytes(Charset.forName("GBK")));
    assertEquals("GB18030", gbk.encoding());
    List<Entry> a = EntryFinder.find(utf8);
    List<Entry> b = EntryFinder.find(gbk);
    assertEquals(10, a.size());
    assertEquals(a, b);
  }

  @Test
  void readsBig5() throws Exception {
    String text = "# 機器學習專案\n\n## [項目](https://github.com/a/b)\n\n這是一個用於影像辨識的開源專案，社群非常活躍，文件也很完整。\n";
    Article a = ArticleReader.parse("t.md", text.getBytes(Charset.forName("Big5")));
    assertEquals("Big5", a.encoding());
    assertEquals("機器學習專案", a.title());
  }

  @Test
  void rejectsEmptyBinaryAndTextless() {
    assertEquals(RejectReason.EMPTY, reason(new byte[0]));
    assertEquals(RejectReason.BINARY, reason(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}));
    assertEquals(RejectReason.BINARY, reason("%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(RejectReason.BINARY, reason(new byte[] {'a', 0, 'b', 0, 'c'}));
    assertEquals(RejectReason.NO_TEXT, reason("\n\n   \n---\n".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void rejectsFoldersMissingAndTooLargeFiles(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("x.md"));
    assertEquals(RejectReason.NOT_A_FILE, assertThrows(ArticleReadException.class, () -> ArticleReader.read(folder, 100)).reason());
    Path gone = dir.resolve("gone.md");
    assertEquals(RejectReason.VANISHED, assertThrows(ArticleReadException.class, () -> ArticleReader.read(gone, 100)).reason());
    Path big = Files.writeString(dir.resolve("big.md"), "# t\n" + "x".repeat(200));
    ArticleReadException e = assertThrows(ArticleReadException.class, () -> ArticleReader.read(big, 100));
    assertEquals(RejectReason.TOO_LARGE, e.reason());
    assertTrue(e.getMessage().contains("over the limit of 100"));
  }

  private static RejectReason reason(byte[] bytes) {
    return assertThrows(ArticleReadException.class, () -> ArticleReader.parse("f.md", bytes)).reason();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
