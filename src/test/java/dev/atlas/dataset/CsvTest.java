package dev.atlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Path;
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
  void mergesSortedPartsInKeyOrder(@TempDir Path dir) throws Exception {
    SortedParts.write(dir.resolve("t/part-1"), List.of(new SortedParts.Row("b", "B\n"), new SortedParts.Row("d", "D\n")));
    SortedParts.write(dir.resolve("t/part-0"), List.of(new SortedParts.Row("c", "C\n"), new SortedParts.Row("a", "A\n")));
    StringWriter out = new StringWriter();
    assertEquals(4, SortedParts.merge(dir.resolve("t"), out, "H\n", "", ""));
    assertEquals("H\nA\nB\nC\nD\n", out.toString());
  }
}
