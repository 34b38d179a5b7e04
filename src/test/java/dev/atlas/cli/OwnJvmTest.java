package dev.atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnJvmTest {
  @Test
  void aHeapTheUserSetIsKept() {
    assertTrue(OwnJvm.heapIsSet(List.of("-Dx=1", "-Xmx4g")));
    assertTrue(OwnJvm.heapIsSet(List.of("-XX:MaxRAMPercentage=50")));
    assertTrue(OwnJvm.heapIsSet(List.of("-XX:MaxHeapSize=2147483648")));
    assertTrue(OwnJvm.heapIsSet(List.of("-Dfoo=bar -Xmx2g")), "JAVA_TOOL_OPTIONS holds several flags in one string");
    assertFalse(OwnJvm.heapIsSet(List.of("-Xms512m", "-Dfile.encoding=UTF-8", "null")));
    assertFalse(OwnJvm.heapIsSet(List.of()));
  }

  @Test
  void readsTheInputOptionInBothForms() {
    assertEquals("in", OwnJvm.inputOf(new String[] {"run", "--output", "o", "--input", "in"}));
    assertEquals("a/*.md", OwnJvm.inputOf(new String[] {"run", "--input=a/*.md"}));
    assertEquals("input", OwnJvm.inputOf(new String[] {"run", "--output", "o"}));
    assertEquals("input", OwnJvm.inputOf(new String[] {"run", "--input"}));
  }

  @Test
  void aSmallInputIsFewFilesAndFewBytes(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(folder.resolve("a.md"), "# A\n");
    assertTrue(OwnJvm.smallInput(folder.toString()));
    assertTrue(OwnJvm.smallInput(folder.resolve("a.md").toString()));
    Files.write(folder.resolve("big.md"), new byte[(int) OwnJvm.SMALL_BYTES]);
    assertFalse(OwnJvm.smallInput(folder.toString()), "bytes over the limit");
    assertFalse(OwnJvm.smallInput(folder.resolve("big.md").toString()));
    Path many = Files.createDirectories(dir.resolve("many"));
    for (int i = 0; i < OwnJvm.SMALL_FILES; i++) {
      Files.writeString(many.resolve("a" + i + ".md"), "x");
    }
    assertFalse(OwnJvm.smallInput(many.toString()), "files over the limit");
    assertFalse(OwnJvm.smallInput(dir.resolve("articles/*.md").toString()), "a glob is not sized");
    assertFalse(OwnJvm.smallInput(dir.resolve("missing").toString()));
  }

  @Test
  void runsInTheGivenJvmOutsideAJarOrForOtherCommands() {
    assertTrue(OwnJvm.runIfNeeded(new String[] {"run", "--input", "input"}).isEmpty(), "tests run from classes, not a jar");
    assertTrue(OwnJvm.runIfNeeded(new String[] {"diff", "a", "b"}).isEmpty());
    assertTrue(OwnJvm.runIfNeeded(new String[0]).isEmpty());
  }
}
