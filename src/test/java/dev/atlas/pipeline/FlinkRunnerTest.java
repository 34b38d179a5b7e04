package dev.atlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.atlas.testing.AtlasCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same pipeline on an embedded Flink cluster writes exactly the DirectRunner's files. */
class FlinkRunnerTest {
  @Test
  void flinkOutputIsByteIdenticalToDirect(@TempDir Path tmp) throws Exception {
    Path direct = tmp.resolve("direct");
    Path flink = tmp.resolve("flink");
    assertEquals(0, AtlasCli.run("--input", "input", "--output", direct.toString(), "--quiet"));
    assertEquals(0, AtlasCli.run("--input", "input", "--output", flink.toString(), "--quiet",
        "--runner=FlinkRunner", "--parallelism=2"));
    for (String f : List.of("mentions.csv", "projects.csv", "projects.json", "articles.csv", "rejected.csv",
        "stars_history.csv")) {
      assertArrayEquals(Files.readAllBytes(direct.resolve(f)), Files.readAllBytes(flink.resolve(f)), f);
    }
    assertEquals(Files.readString(direct.resolve("run.json")).replace("DirectRunner", "FlinkRunner"),
        Files.readString(flink.resolve("run.json")));
  }
}
