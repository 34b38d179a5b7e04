package dev.atlas.dataset;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The hidden folder beside {@code --output} where one run writes its parts and assembles its
 * dataset, named for the run's owner ({@code .out.staging-<pid>-<start>}). Creating one first
 * removes the folders that runs no longer alive left beside the same output: their staging folders,
 * and the previous dataset a run had moved aside ({@code .out.old-<pid>-<start>}) when it was killed
 * between the two moves of the swap, which goes back into place when the output is missing.
 */
public final class StagingFolder {
  static final String STAGING = ".staging-";
  static final String RETIRED = ".old-";
  private static final String PARTS = ".parts";
  private static final String DATASET = "dataset";
  private static final int DELETE_ATTEMPTS = 50;
  private static final long DELETE_PAUSE_MILLIS = 20;

  private final Path path;

  private StagingFolder(Path path) {
    this.path = path;
  }

  /**
   * Removes what dead runs left beside {@code output} (see {@link #removeStale}), then creates the
   * staging folder of {@code owner} with an empty parts folder in it.
   */
  public static StagingFolder create(Path output, RunOwner owner) throws IOException {
    Path out = output.toAbsolutePath().normalize();
    Files.createDirectories(out.getParent());
    removeStale(out);
    Path path = beside(out, STAGING, owner);
    deleteTree(path);
    Files.createDirectories(path.resolve(PARTS));
    return new StagingFolder(path);
  }

  /** Returns the staging folder itself. */
  public Path path() {
    return path;
  }

  /** Returns the folder the run writes its sorted parts into. */
  public Path parts() {
    return path.resolve(PARTS);
  }

  /** Returns the folder the dataset is assembled in before it is moved into place. */
  public Path dataset() {
    return path.resolve(DATASET);
  }

  /** Removes the folder and everything in it, waiting out writers that are still finishing. */
  public void remove() throws IOException {
    deleteTree(path);
  }

  /**
   * Removes the staging folders beside {@code output} whose owner is no longer running, and puts a
   * dead run's set-aside previous dataset back in place when {@code output} is missing (else removes
   * it). Folders of live runs and names that are not a run's are left alone. Returns what was
   * removed or restored.
   */
  public static List<Path> removeStale(Path output) throws IOException {
    Path out = output.toAbsolutePath().normalize();
    Path parent = out.getParent();
    List<Path> handled = new ArrayList<>();
    if (!Files.isDirectory(parent)) {
      return handled;
    }
    List<Path> siblings;
    try (Stream<Path> s = Files.list(parent)) {
      siblings = s.sorted().toList();
    }
    String name = "." + out.getFileName();
    for (Path p : siblings) {
      String n = p.getFileName().toString();
      for (String kind : List.of(STAGING, RETIRED)) {
        Optional<RunOwner> owner = n.startsWith(name + kind) ? RunOwner.parse(n.substring((name + kind).length()))
            : Optional.empty();
        if (owner.isEmpty() || owner.get().isAlive() || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        if (kind.equals(RETIRED) && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
          Files.move(p, out, StandardCopyOption.ATOMIC_MOVE);
        } else {
          deleteTree(p);
        }
        handled.add(p);
      }
    }
    return handled;
  }

  /** Returns the sibling of {@code output} that {@code owner} uses for {@code kind}. */
  static Path beside(Path output, String kind, RunOwner owner) {
    return output.resolveSibling("." + output.getFileName() + kind + owner.token());
  }

  /**
   * Deletes {@code dir} and everything under it (symbolic links as links); does nothing when it does
   * not exist. A file that appears while it is deleted (a writer still finishing) is deleted on the
   * next pass.
   */
  public static void deleteTree(Path dir) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        deleteOnce(dir);
        return;
      } catch (DirectoryNotEmptyException e) {
        if (attempt == DELETE_ATTEMPTS) {
          throw e;
        }
        try {
          Thread.sleep(DELETE_PAUSE_MILLIS);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while deleting " + dir);
        }
      }
    }
  }

  private static void deleteOnce(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE;
        }
        throw e;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null && !(e instanceof NoSuchFileException)) {
          throw e;
        }
        Files.deleteIfExists(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
