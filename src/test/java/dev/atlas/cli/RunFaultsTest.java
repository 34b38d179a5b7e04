package dev.atlas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.atlas.dataset.DatasetReader;
import dev.atlas.dataset.RunOwner;
import dev.atlas.testing.Folders;
import dev.atlas.testing.LockHolder;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atlas run} under faults of the machine, through the command: another process writing the
 * same output (then killed with -9, leaving its lock file and a staging folder), and a disk that
 * fills up while the run writes.
 */
class RunFaultsTest {
  @TempDir Path tmp;

  /**
   * A second run refuses while another process holds the output; once that process is killed
   * (SIGKILL: no cleanup of its own), the next run breaks its lock, removes its staging folder and
   * writes the dataset.
   */
  @Test
  void aRunRefusesWhileAnotherHoldsTheOutputAndRunsOnceThatOneIsKilled() throws Exception {
    Path out = tmp.resolve("out");
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), out.toString())
        .redirectErrorStream(true).start();
    try {
      BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("held", said.readLine());
      RunOwner other = RunOwner.of(holder.toHandle());

      Outcome refused = run(out);
      assertEquals(1, refused.exit());
      assertEquals("atlas run: " + out + " is being written by another atlas run (" + other.describe()
          + "); this run stopped without writing: run it again when that one has finished\n", refused.err());
      assertEquals(List.of(".out.lock"), beside(tmp));

      holder.destroyForcibly();
      assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
      Path leftStaging = Files.createDirectories(tmp.resolve(".out.staging-" + other.token()).resolve(".parts/mentions"));
      Files.writeString(leftStaging.resolve("part-1.tmp-1"), "half a part");
      assertEquals(List.of(".out.lock", ".out.staging-" + other.token()), beside(tmp), "what kill -9 leaves");

      Outcome ran = run(out);
      assertEquals(0, ran.exit(), ran.err());
      assertEquals(List.of("out"), beside(tmp), "the dead run's lock file and staging folder are gone");
      assertEquals(5, DatasetReader.csv(out.resolve("articles.csv")).size());
    } finally {
      holder.destroyForcibly().waitFor();
    }
  }

  /**
   * The output on a real 160 KB file system (tmpfs) that holds the previous dataset: the run fills
   * it, says so, exits 1, leaves the previous dataset as it was and nothing else. Mounting needs
   * root with CAP_SYS_ADMIN; without it the test is skipped.
   */
  @Test
  void aFullDiskIsToldAndLeavesThePreviousDatasetAlone() throws Exception {
    Path disk = Files.createDirectories(tmp.resolve("disk"));
    String mounted = command("mount", "-t", "tmpfs", "-o", "size=160k", "tmpfs", disk.toString());
    assumeTrue(mounted.isEmpty(), "cannot mount a 160 KB tmpfs here (needs root with CAP_SYS_ADMIN): " + mounted);
    try {
      Path out = Files.createDirectories(disk.resolve("out"));
      try (Stream<Path> s = Files.list(Path.of("output"))) {
        for (Path f : s.filter(Files::isRegularFile).toList()) {
          Files.copy(f, out.resolve(f.getFileName()));
        }
      }
      Map<String, byte[]> before = Folders.snapshot(out);
      Outcome full = run(out);
      assertEquals(1, full.exit(), full.err());
      assertTrue(Pattern.matches("atlas run: no space left on device writing " + Pattern.quote(out.toString())
          + " \\(needed more than the \\d+ KB free\\); the previous dataset is untouched\n", full.err()), full.err());
      assertEquals(List.of("out"), beside(disk), "no staging folder or lock left on the full disk");
      Map<String, byte[]> after = Folders.snapshot(out);
      assertEquals(before.keySet(), after.keySet());
      for (String f : before.keySet()) {
        assertArrayEquals(before.get(f), after.get(f), f);
      }
    } finally {
      command("umount", "--lazy", disk.toString());
    }
  }

  /** What a run printed on stderr, and its exit status. */
  private record Outcome(int exit, String err) {}

  private static Outcome run(Path out) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      int exit = Atlas.execute("run", "--input", "input", "--output", out.toString(), "--quiet");
      return new Outcome(exit, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(err);
    }
  }

  /** Runs a system command; returns its output when it failed, else "". */
  private static String command(String... args) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return p.waitFor() == 0 ? "" : "exit " + p.exitValue() + " " + said;
  }

  private static List<String> beside(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("disk")).sorted().toList();
    }
  }
}
