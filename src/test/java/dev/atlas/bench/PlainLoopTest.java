package dev.atlas.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.cli.Atlas;
import dev.atlas.testing.AtlasCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's plain loop ({@code atlas bench loop}) writes the pipeline's dataset byte for
 * byte, run.json's runner aside: that is what makes it a fair floor for what Beam costs.
 */
class PlainLoopTest {
  @Test
  void theLoopWritesThePipelinesDataset(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (Path folder : List.of(Path.of("input"), Path.of("src/test/resources/fixtures/extraction"))) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path f : files.filter(f -> !f.getFileName().toString().endsWith(".json")).toList()) {
          Files.copy(f, in.resolve(f.getFileName()));
        }
      }
    }
    Files.write(in.resolve("empty.md"), new byte[0]);
    Files.write(in.resolve("photo.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    Path loop = tmp.resolve("loop");
    Path pipeline = tmp.resolve("pipeline");

    assertEquals(0, Atlas.execute("bench", "loop", "--input", in.toString(), "--output", loop.toString()));
    assertEquals(0, AtlasCli.run("--input", in.toString(), "--output", pipeline.toString(), "--quiet"));

    List<String> files = names(pipeline);
    assertEquals(files, names(loop));
    assertTrue(files.containsAll(List.of("mentions.csv", "projects.json", "projects.parquet", "rejected.csv")), files.toString());
    for (String f : files) {
      if (f.equals("run.json")) {
        String loopRun = Files.readString(loop.resolve(f), StandardCharsets.UTF_8);
        assertTrue(loopRun.contains("\"runner\" : \"PlainLoop\""), loopRun);
        assertEquals(Files.readString(pipeline.resolve(f), StandardCharsets.UTF_8),
            loopRun.replace("\"runner\" : \"PlainLoop\"", "\"runner\" : \"DirectRunner\""));
      } else {
        assertArrayEquals(Files.readAllBytes(pipeline.resolve(f)), Files.readAllBytes(loop.resolve(f)), f);
      }
    }
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
