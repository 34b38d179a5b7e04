package dev.atlas.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.article.RejectReason;
import dev.atlas.article.Rejection;
import dev.atlas.testing.TestArticles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileExtractionTest {
  @Test
  void aGoodFileGivesItsMentionsAndRowUnderTheNameGiven(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("x.md"),
        "# Picks\n\n## [Alpha](https://github.com/A/Alpha)\n\nAlpha has 1.2k stars.\n\n## Beta\n\nBeta, no link.\n");

    FileExtraction x = FileExtraction.of("2026-11/picks.md", file, 1 << 20, 10_000);

    assertNull(x.rejection());
    assertEquals(2, x.mentions().size());
    assertEquals("2026-11/picks.md", x.mentions().get(0).articleFile());
    assertEquals("github:a/alpha", x.mentions().get(0).projectId());
    assertEquals(1200L, x.mentions().get(0).stars());
    assertEquals("name:beta", x.mentions().get(1).projectId());
    assertEquals("2026-11/picks.md", x.article().file());
    assertEquals(2, x.article().entryCount());
  }

  @Test
  void aBadFileGivesOnlyARejectionWithItsReason(@TempDir Path dir) throws Exception {
    Path empty = Files.write(dir.resolve("empty.md"), new byte[0]);

    FileExtraction x = FileExtraction.of("empty.md", empty, 1 << 20, 10_000);
    FileExtraction folder = FileExtraction.of("sub", dir, 1 << 20, 10_000);
    FileExtraction big = FileExtraction.of("big.md",
        Files.writeString(dir.resolve("big.md"), "# T\n\n" + "word ".repeat(300)), 1_000, 10_000);

    assertEquals(RejectReason.EMPTY, x.rejection().reason());
    assertTrue(x.mentions().isEmpty());
    assertNull(x.article());
    assertEquals(RejectReason.NOT_A_FILE, folder.rejection().reason());
    assertEquals(RejectReason.TOO_LARGE, big.rejection().reason());
    assertEquals("big.md", big.rejection().file());
  }

  @Test
  void aFileThatFailsToReadIsUnreadable(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("x.md"), "# Picks\n\n## [Alpha](https://github.com/a/alpha)\n");

    FileExtraction io = FileExtraction.of("x.md", file, 1 << 20, 10_000, p -> {
      throw new IOException("Input/output error");
    });
    FileExtraction denied = FileExtraction.of("x.md", file, 1 << 20, 10_000, p -> {
      throw new AccessDeniedException(p.toString());
    });

    assertEquals(new Rejection("x.md", RejectReason.UNREADABLE, "IOException: Input/output error"), io.rejection());
    assertEquals(new Rejection("x.md", RejectReason.UNREADABLE, "permission denied"), denied.rejection());
    assertTrue(io.mentions().isEmpty());
    assertNull(io.article());
  }

  @Test
  void anUnexpectedFailureIsAnErrorThatKeepsItsFirstStackFrames(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("x.md"), "# Picks\n\n## [Alpha](https://github.com/a/alpha)\n");

    FileExtraction x = FileExtraction.of("x.md", file, 1 << 20, 10_000, FileExtractionTest::failingRead);

    assertEquals(RejectReason.ERROR, x.rejection().reason());
    String detail = x.rejection().detail();
    assertTrue(detail.startsWith("java.lang.IllegalStateException: no bytes today; "
        + "at dev.atlas.resolve.FileExtractionTest.failingRead(FileExtractionTest.java:"), detail);
    assertTrue(detail.contains("; at dev.atlas.article.FileSnapshot.read(FileSnapshot.java:"), detail);
    assertEquals(Rejection.ERROR_FRAMES, detail.split("; at ", -1).length - 1, detail);
  }

  private static java.io.InputStream failingRead(Path path) {
    throw new IllegalStateException("no bytes today");
  }

  @Test
  void aLargeFileOverATinyBudgetIsATimeout(@TempDir Path dir) throws Exception {
    Path big = Files.writeString(dir.resolve("big.md"), TestArticles.longList(40_000));

    FileExtraction x = FileExtraction.of("big.md", big, 20 << 20, 1);

    assertEquals(new Rejection("big.md", RejectReason.TIMEOUT, "parsing took longer than 1 ms"), x.rejection());
    assertTrue(Files.size(big) > 2_000_000, "the file is large enough that reading it takes more than 1 ms");
  }
}
