package dev.atlas.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one way a run's dataset reaches its output folder: take the output's lock, clear what dead
 * runs left beside it, write the parts into a fresh staging folder, assemble and move the dataset
 * into place, and remove the staging folder, on every path out. A failure leaves the previous
 * dataset as it was; an I/O failure is told as an {@link OutputFailure}.
 */
public final class DatasetOutput {
  private DatasetOutput() {}

  /** Writes a run's sorted parts into the folder it is given. */
  @FunctionalInterface
  public interface PartsWriter {
    /** Writes every table's parts under {@code parts}. */
    void write(Path parts) throws Exception;
  }

  /**
   * Writes the dataset of {@code info} to {@code output}: {@code writer} fills the parts folder of a
   * new staging folder, then {@link DatasetAssembler#assemble} builds it, each project folded by
   * {@code fold}, and moves it. Returns the
   * counts. Throws {@link OutputFailure} when another run holds the output or writing failed for a
   * reason of the disk or file system; any other failure is passed on as it came. Either way the
   * staging folder is gone and the previous dataset untouched.
   */
  public static DatasetAssembler.Counts write(Path output, PartsWriter writer, DatasetAssembler.RunInfo info,
      DatasetAssembler.ProjectFold fold) throws Exception {
    Path out = output.toAbsolutePath().normalize();
    boolean previous = Files.exists(out);
    RunOwner owner = RunOwner.current();
    OutputLock lock;
    try {
      lock = OutputLock.acquire(out, owner);
    } catch (OutputLock.HeldException e) {
      throw OutputFailure.locked(e);
    } catch (IOException e) {
      throw told(e, out, freeBytes(out), previous);
    }
    try (lock) {
      StagingFolder staging;
      DatasetAssembler.Counts counts;
      try {
        staging = StagingFolder.create(out, owner);
      } catch (IOException e) {
        throw told(e, out, freeBytes(out), previous);
      }
      long free = freeBytes(out);
      try {
        writer.write(staging.parts());
        counts = DatasetAssembler.assemble(staging.parts(), staging.dataset(), out, info, fold);
      } catch (Exception e) {
        removeAfter(e, staging);
        throw told(e, out, free, Files.exists(out));
      } catch (Error e) {
        removeAfter(e, staging);
        throw e;
      }
      try {
        staging.remove();
      } catch (IOException e) {
        // The dataset is in place; what is left of the parts goes with the next run into this output.
      }
      return counts;
    }
  }

  /** Removes {@code staging} after {@code failure}, adding a failure to remove it to that one. */
  private static void removeAfter(Throwable failure, StagingFolder staging) {
    try {
      staging.remove();
    } catch (IOException | RuntimeException cleanup) {
      failure.addSuppressed(cleanup);
    }
  }

  private static Exception told(Exception e, Path out, long freeAtStart, boolean previous) {
    Optional<OutputFailure> told = OutputFailure.of(e, out, freeAtStart, previous);
    return told.isPresent() ? told.get() : e;
  }

  private static long freeBytes(Path out) {
    try {
      Path existing = Files.exists(out.getParent()) ? out.getParent() : out.getRoot();
      return Files.getFileStore(existing).getUsableSpace();
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
