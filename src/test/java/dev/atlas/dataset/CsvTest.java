package dev.atlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
  @Test
  void neutralizesFormulaCellsAsOwaspRecommends() {
    assertEquals("'=HYPERLINK(\"x\")", Csv.neutralize("=HYPERLINK(\"x\")"));
    assertEquals("'+1+2", Csv.neutralize("+1+2"));
    assertEquals("'-2+3+cmd|' /C calc'!A0", Csv.neutralize("-2+3+cmd|' /C calc'!A0"));
    assertEquals("'@SUM(A1)", Csv.neutralize("@SUM(A1)"));
    assertEquals("'\tx", Csv.neutralize("\tx"));
    assertEquals("'\rx", Csv.neutralize("\rx"));
    assertEquals("-28", Csv.neutralize("-28"));
    assertEquals("plain", Csv.neutralize("plain"));
  }

  @Test
  void quotesCommasQuotesAndNewlines() {
    assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"x\ny\"\r\n", Csv.record(List.of("a,b", "say \"hi\"", "x\ny")));
  }

  @Test
  void mergesSortedPartsInKeyOrderDroppingRepeatedRows(@TempDir Path dir) throws Exception {
    SortedParts.write(dir.resolve("t/part-1"), List.of(row("b", 2), row("d", 4), row("a", 1)));
    SortedParts.write(dir.resolve("t/part-0"), List.of(row("c", 3), row("a", 1), row("a", 0)));
    List<String> merged = new ArrayList<>();
    assertEquals(5, SortedParts.merge(dir.resolve("t"), r -> merged.add(r.key() + r.data()[0])));
    assertEquals(List.of("a0", "a1", "b2", "c3", "d4"), merged);
  }

  private static SortedParts.Row row(String key, int value) {
    return new SortedParts.Row(key, new byte[] {(byte) value});
  }
}
