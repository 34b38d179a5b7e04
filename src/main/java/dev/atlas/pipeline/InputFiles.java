package dev.atlas.pipeline;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.values.KV;

/**
 * Resolves {@code --input} into the files a run reads: a folder's entries (not recursive, hidden
 * files skipped, sub-folders kept so they are reported), a glob ({@code input/*.md}, {@code
 * archive/**}), or one file. Names are paths relative to the folder, sorted.
 */
public final class InputFiles {
  private InputFiles() {}

  /** Thrown when the input names nothing usable. */
  public static final class NoInputException extends Exception {
    NoInputException(String message) {
      super(message);
    }
  }

  /** Returns (name, absolute path) pairs, sorted by name; throws when nothing matches. */
  public static List<KV<String, String>> resolve(String spec) throws NoInputException, IOException {
    if (spec == null || spec.isBlank()) {
      throw new NoInputException("no --input given");
    }
    List<KV<String, String>> files = new ArrayList<>();
    boolean glob = spec.contains("*") || spec.contains("?") || spec.contains("[") || spec.contains("{");
    if (glob) {
      int cut = firstGlobChar(spec);
      int slash = spec.lastIndexOf('/', cut);
      Path base = Paths.get(slash < 0 ? "." : spec.substring(0, Math.max(slash, 1)));
      if (!Files.isDirectory(base)) {
        throw new NoInputException("input folder does not exist: " + base);
      }
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + spec.substring(slash + 1));
      boolean deep = spec.contains("**");
      try (Stream<Path> s = deep ? Files.walk(base) : Files.list(base)) {
        s.filter(p -> !p.equals(base))
            .filter(p -> matcher.matches(base.relativize(p)))
            .filter(p -> !hidden(base.relativize(p)))
            .filter(p -> !(deep && Files.isDirectory(p)))
            .forEach(p -> files.add(KV.of(base.relativize(p).toString(), p.toAbsolutePath().toString())));
      }
    } else {
      Path path = Paths.get(spec);
      if (Files.isDirectory(path)) {
        try (Stream<Path> s = Files.list(path)) {
          s.filter(p -> !hidden(p.getFileName()))
              .forEach(p -> files.add(KV.of(p.getFileName().toString(), p.toAbsolutePath().toString())));
        }
      } else if (Files.exists(path)) {
        files.add(KV.of(path.getFileName().toString(), path.toAbsolutePath().toString()));
      } else {
        throw new NoInputException("input does not exist: " + spec);
      }
    }
    if (files.isEmpty()) {
      throw new NoInputException("no article files in " + spec);
    }
    files.sort((a, b) -> a.getKey().compareTo(b.getKey()));
    return files;
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static int firstGlobChar(String spec) {
    int i = 0;
    while (i < spec.length() && "*?[{".indexOf(spec.charAt(i)) < 0) {
      i++;
    }
    return i;
  }
}
