package dev.atlas.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.atlas.resolve.ProjectBuilder;
import dev.atlas.testing.Folders;
import dev.atlas.testing.Owners;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline.PipelineExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a dataset reaches its output folder when things go wrong: a full disk while the parts are
 * written or while the dataset is assembled, a failure of another kind, a run holding the output,
 * and what dead runs left beside it. The previous dataset is the sample one under output/.
 */
class DatasetOutputTest {
  private static final DatasetAssembler.RunInfo EMPTY_RUN =
      new DatasetAssembler.RunInfo("t", "in", "DirectRunner", "", 0, 0);

  @TempDir Path tmp;
  Path out;
  Map<String, byte[]> previous;

  @BeforeEach
  void previousDataset() throws IOException {
    out = tmp.resolve("out");
    Files.createDirectories(out);
    try (Stream<Path> s = Files.list(Path.of("output"))) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        Files.copy(f, out.resolve(f.getFileName()));
      }
    }
    previous = Folders.snapshot(out);
    assertTrue(previous.containsKey("mentions.csv"));
  }

  /** As the DirectRunner reports a part write that failed for space: wrapped twice. */
  @Test
  void diskFullWhileThePartsAreWrittenIsToldAndLeavesNothing() throws Exception {
    OutputFailure e = assertThrows(OutputFailure.class, () -> DatasetOutput.write(out, parts -> {
      Path part = parts.resolve(TableRows.MENTION_PARTS).resolve("part-1");
      SortedParts.write(part, List.of(new SortedParts.Row("a", new byte[3000])));
      throw new PipelineExecutionException(new UncheckedIOException("cannot write a part of projects",
          new IOException("No space left on device")));
    }, EMPTY_RUN, ProjectBuilder::build));
    assertTrue(e.getMessage().matches("no space left on device writing " + java.util.regex.Pattern.quote(out.toString())
        + " \\(needed more than the [0-9.]+ (bytes|KB|MB|GB) free\\); the previous dataset is untouched"), e.getMessage());
    assertPreviousIntactAndNothingBeside();
  }

  /** A real ENOSPC from the kernel: the dataset's first file is written to /dev/full. */
  @Test
  void diskFullWhileTheDatasetIsAssembledIsToldAndLeavesNothing() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "/dev/full (a device whose writes fail with ENOSPC) exists on Linux only");
    OutputFailure e = assertThrows(OutputFailure.class, () -> DatasetOutput.write(out, parts -> {
      Path dataset = Files.createDirectories(parts.resolveSibling("dataset"));
      Files.createSymbolicLink(dataset.resolve(DatasetFiles.MENTIONS_CSV), full);
    }, EMPTY_RUN, ProjectBuilder::build));
    assertTrue(e.getMessage().startsWith("no space left on device writing " + out + " (needed more than the "), e.getMessage());
    assertTrue(e.getMessage().endsWith(" free); the previous dataset is untouched"), e.getMessage());
    assertPreviousIntactAndNothingBeside();
  }

  @Test
  void diskFullWithNoPreviousDatasetSaysNothingWasWritten() throws Exception {
    Path fresh = tmp.resolve("fresh");
    OutputFailure e = assertThrows(OutputFailure.class, () -> DatasetOutput.write(fresh, parts -> {
      throw new IOException("Disk quota exceeded");
    }, EMPTY_RUN, ProjectBuilder::build));
    assertTrue(e.getMessage().startsWith("disk quota exceeded writing " + fresh + " (needed more than the "), e.getMessage());
    assertTrue(e.getMessage().endsWith("; nothing was written there"), e.getMessage());
    assertFalse(Files.exists(fresh));
  }

  @Test
  void aFailureOfAnotherKindKeepsItsMessageAndStillLeavesNothing() throws Exception {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> DatasetOutput.write(out, parts -> {
      Files.writeString(Files.createDirectories(parts.resolve(TableRows.ARTICLE_PARTS)).resolve("junk"), "x");
      throw new IllegalStateException("a bug");
    }, EMPTY_RUN, ProjectBuilder::build));
    assertEquals("a bug", e.getMessage());
    assertPreviousIntactAndNothingBeside();
  }

  @Test
  void aRunHoldingTheOutputMakesTheNextStopWithoutWriting() throws Exception {
    AtomicBoolean wrote = new AtomicBoolean();
    RunOwner me = RunOwner.current();
    try (OutputLock held = OutputLock.acquire(out, me)) {
      assertTrue(held.held());
      OutputFailure e = assertThrows(OutputFailure.class, () -> DatasetOutput.write(out, parts -> wrote.set(true), EMPTY_RUN, ProjectBuilder::build));
      assertEquals(out + " is being written by another atlas run (" + me.describe() + "); this run stopped without"
          + " writing: run it again when that one has finished", e.getMessage());
      assertFalse(wrote.get(), "the second run wrote nothing");
      assertEquals(me.token() + "\n", Files.readString(OutputLock.fileOf(out)));
    }
    assertPreviousIntactAndNothingBeside();
  }

  /** kill -9 leaves the lock file behind, but not the system's lock on it. */
  @Test
  void theLockFileOfADeadRunIsTakenOver() throws Exception {
    Files.writeString(OutputLock.fileOf(out), Owners.dead().token() + " 1\n");
    DatasetAssembler.Counts c = DatasetOutput.write(out, parts -> { }, EMPTY_RUN, ProjectBuilder::build);
    assertEquals(0, c.articles());
    assertEquals(List.of("out"), beside());
  }

  /** What kill -9 leaves: staging folders of dead runs go with the next run, a live run's stays. */
  @Test
  void stagingFoldersOfDeadRunsAreRemovedAndALiveRunsKept() throws Exception {
    RunOwner me = RunOwner.current();
    Process alive = Owners.live();
    try {
      String live = ".out.staging-" + RunOwner.of(alive.toHandle()).token();
      List<String> dead = List.of(".out.staging-" + Owners.dead().token(), ".out.staging-" + Owners.dead().pid(),
          ".out.staging-" + new RunOwner(me.pid(), me.startMillis() - 3_600_000).token());
      for (String d : dead) {
        Files.writeString(Files.createDirectories(tmp.resolve(d).resolve(".parts/mentions")).resolve("part-1"), "x");
      }
      Files.createDirectories(tmp.resolve(live).resolve(".parts"));
      Files.createDirectories(tmp.resolve(".other.staging-" + Owners.dead().token()));
      DatasetOutput.write(out, parts -> { }, EMPTY_RUN, ProjectBuilder::build);
      assertEquals(List.of(".other.staging-", ".out.staging-", "out"),
          beside().stream().map(n -> n.replaceAll("staging-.*", "staging-")).toList());
      assertTrue(Files.isDirectory(tmp.resolve(live)), "the live run's folder is kept");
    } finally {
      alive.destroyForcibly().waitFor();
    }
  }

  /** A run killed between the two moves of the swap had set the previous dataset aside: it goes back. */
  @Test
  void aDatasetSetAsideByADeadRunGoesBackIntoPlace() throws Exception {
    Path aside = tmp.resolve(".out.old-" + Owners.dead().token());
    Files.move(out, aside);
    assertEquals(List.of(aside), StagingFolder.removeStale(out));
    assertEquals(List.of("out"), beside());
    assertPreviousIntact();
  }

  @Test
  void aDatasetSetAsideByADeadRunIsRemovedWhenTheSwapHadFinished() throws Exception {
    Path aside = Files.createDirectories(tmp.resolve(".out.old-" + Owners.dead().token()));
    Files.writeString(aside.resolve("mentions.csv"), "old");
    assertEquals(List.of(aside), StagingFolder.removeStale(out));
    assertEquals(List.of("out"), beside());
    assertPreviousIntact();
  }

  /** The second rename of the swap fails (here: its source is gone): the previous dataset goes back. */
  @Test
  void aSwapThatFailsHalfwayPutsThePreviousDatasetBack() throws Exception {
    assertThrows(java.nio.file.NoSuchFileException.class, () -> DatasetAssembler.swap(tmp.resolve("gone"), out));
    assertPreviousIntactAndNothingBeside();
  }

  private void assertPreviousIntactAndNothingBeside() throws IOException {
    assertPreviousIntact();
    assertEquals(List.of("out"), beside(), "no staging folder, lock or set-aside dataset left");
  }

  private void assertPreviousIntact() throws IOException {
    Map<String, byte[]> now = Folders.snapshot(out);
    assertEquals(previous.keySet(), now.keySet());
    for (String f : previous.keySet()) {
      assertArrayEquals(previous.get(f), now.get(f), f);
    }
  }

  private List<String> beside() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("fresh")).sorted().toList();
    }
  }
}
