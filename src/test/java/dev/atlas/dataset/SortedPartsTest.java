package dev.atlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Part files as a lost worker or a failed run leaves them: never read half-written, never brought back. */
class SortedPartsTest {
  @TempDir Path tmp;

  @Test
  void aPartIsOnlyEverSeenWhole() throws Exception {
    Path table = tmp.resolve("mentions");
    SortedParts.write(table.resolve("part-a"), List.of(row("k1", "one"), row("k2", "two")));
    try (Stream<Path> s = Files.list(table)) {
      assertEquals(List.of("part-a"), s.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
    }
    // what a worker killed halfway through a write leaves: the start of a part under its temporary name
    byte[] whole = Files.readAllBytes(table.resolve("part-a"));
    Files.write(table.resolve("part-b.tmp-5f3a"), java.util.Arrays.copyOf(whole, whole.length - 3));
    List<String> merged = new ArrayList<>();
    SortedParts.merge(table, row -> merged.add(new String(row.data(), StandardCharsets.UTF_8)));
    assertEquals(List.of("one", "two"), merged);
  }

  @Test
  void theSameRowsWrittenTwiceInAnyOrderAreOnePart() throws Exception {
    Path table = Files.createDirectory(tmp.resolve("claims"));
    SortedParts.writePart(table, List.of(row("k2", "two"), row("k1", "one")));
    SortedParts.writePart(table, List.of(row("k1", "one"), row("k2", "two")));
    SortedParts.writePart(table, List.of(row("k3", "three")));
    try (Stream<Path> s = Files.list(table)) {
      assertEquals(2, s.count(), "a retried bundle replaces its part; other rows make another");
    }
    List<String> merged = new ArrayList<>();
    SortedParts.merge(table, row -> merged.add(new String(row.data(), StandardCharsets.UTF_8)));
    assertEquals(List.of("one", "two", "three"), merged);
  }

  @Test
  void aWriterFinishingAfterItsRunFailedCannotBringBackTheRemovedFolder() {
    Path parts = tmp.resolve(".out.staging-1-2/.parts");
    NoSuchFileException e = assertThrows(NoSuchFileException.class,
        () -> SortedParts.write(parts.resolve("mentions/part-a"), List.of(row("k", "v"))));
    assertEquals(parts + ": the parts folder is gone", e.getMessage());
    assertFalse(Files.exists(tmp.resolve(".out.staging-1-2")));
  }

  private static SortedParts.Row row(String key, String data) {
    return new SortedParts.Row(key, data.getBytes(StandardCharsets.UTF_8));
  }
}
