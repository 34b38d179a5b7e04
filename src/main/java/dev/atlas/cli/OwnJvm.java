package dev.atlas.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The JVM settings of the commands that read a whole corpus ({@code run}, {@code bench}). Started
 * as {@code java -jar atlas.jar run …} with no heap flag, the JVM would grow its heap toward a
 * quarter of the machine's memory before collecting hard (3.3 GB at 20,000 articles). So these
 * commands start themselves again, once, in a JVM with a bounded heap and a throughput collector,
 * the way Spark's and Flink's launch scripts set theirs; a heap the user sets ({@code -Xmx},
 * {@code -XX:MaxRAMPercentage}, also through {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS})
 * is kept, and then Atlas runs in the JVM it was given.
 *
 * <p>Two settings serve start-up: the class archive {@code atlas.jsa} that {@code mvn package}
 * writes beside the jar (classes loaded from it need no parsing or verification), and, for a small
 * input, the quick compiler only: the optimizing compiler spends more time than it saves on a run
 * of a few seconds. For the others the optimizing compiler inlines less than its defaults
 * (see {@link #SETTINGS}). The user's own JVM arguments come after these settings, so theirs win.
 */
final class OwnJvm {
  /** The heap of a run: a 200,000-article run peaks at about 1.2 GB RSS with it. */
  static final String HEAP = "-Xmx1200m";
  /**
   * The settings added before the user's own JVM arguments. The last two make the optimizing
   * compiler inline less than its defaults (325 and 2,500 bytes): with the defaults it spent 69 s
   * of CPU compiling in a 70 s run of 50,000 articles on two cores, the same cores the workers need
   * (-XX:+CITime); with these, 27 s, and the run took 51.6 s.
   */
  static final List<String> SETTINGS = List.of(HEAP, "-XX:+UseParallelGC", "-XX:-UsePerfData",
      "-XX:FreqInlineSize=50", "-XX:InlineSmallCode=500");
  /** The system property that marks the JVM started with {@link #SETTINGS}. */
  static final String MARK = "atlas.ownJvm";

  /** A folder with fewer files than this, and fewer bytes than {@link #SMALL_BYTES}, is a small input. */
  static final int SMALL_FILES = 1_000;
  /** See {@link #SMALL_FILES}. */
  static final long SMALL_BYTES = 12L << 20;
  /** The settings of a small input's run: the quick (C1) compiler only. */
  static final List<String> SMALL = List.of("-XX:TieredStopAtLevel=1");
  /** The class archive beside the jar, written by {@code mvn package} (see pom.xml). */
  static final String ARCHIVE = "atlas.jsa";

  private static final Set<String> COMMANDS = Set.of("run", "bench");
  private static final List<String> HEAP_FLAGS =
      List.of("-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM", "-XX:MaxRAMPercentage", "-XX:MaxRAMFraction");

  private OwnJvm() {}

  /**
   * Runs {@code args} in a JVM of its own when the command reads a corpus and nothing set the heap;
   * returns that JVM's exit status, or empty when the command should run in this JVM.
   */
  static OptionalInt runIfNeeded(String[] args) {
    Optional<Path> jar = ownJar();
    if (args.length == 0 || !COMMANDS.contains(args[0]) || System.getProperty(MARK) != null || jar.isEmpty()
        || heapIsSet(ManagementFactory.getRuntimeMXBean().getInputArguments())
        || heapIsSet(List.of(String.valueOf(System.getenv("JAVA_TOOL_OPTIONS")),
            String.valueOf(System.getenv("JDK_JAVA_OPTIONS"))))) {
      return OptionalInt.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(SETTINGS);
    if (smallInput(inputOf(args))) {
      command.addAll(SMALL);
    }
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    Path archive = jar.get().resolveSibling(ARCHIVE);
    if (isNewer(archive, jar.get())) {
      command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    }
    command.add("-D" + MARK + "=" + ProcessHandle.current().pid());
    command.add("-jar");
    command.add(jar.get().toString());
    command.addAll(List.of(args));
    try {
      Process child = new ProcessBuilder(command).inheritIO().start();
      Thread stopChild = new Thread(() -> stop(child), "atlas-stop-child");
      Runtime.getRuntime().addShutdownHook(stopChild);
      int status = waitFor(child);
      Runtime.getRuntime().removeShutdownHook(stopChild);
      return OptionalInt.of(status);
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * In the JVM started by {@link #runIfNeeded}: ends this JVM when the one that started it is gone
   * (killed with {@code kill -9}), so no run goes on unseen.
   */
  static void followParent() {
    if (System.getProperty(MARK) == null) {
      return;
    }
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
  }

  /** Returns whether {@code args} (JVM arguments, or option strings) set the maximum heap. */
  static boolean heapIsSet(List<String> args) {
    for (String arg : args) {
      for (String word : arg.split("\\s+")) {
        for (String flag : HEAP_FLAGS) {
          if (word.startsWith(flag)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Returns the {@code --input} of {@code args}, or the default {@code input}. */
  static String inputOf(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--input") && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith("--input=")) {
        return args[i].substring("--input=".length());
      }
    }
    return "input";
  }

  /**
   * Returns whether {@code input} is one file, or a folder of fewer than {@link #SMALL_FILES} files
   * and {@link #SMALL_BYTES} bytes; a glob, or anything that cannot be listed, is not small. Stops
   * listing as soon as the folder is not small.
   */
  static boolean smallInput(String input) {
    Path path = Paths.get(input);
    try {
      if (Files.isRegularFile(path)) {
        return Files.size(path) < SMALL_BYTES;
      }
      if (!Files.isDirectory(path)) {
        return false;
      }
      long files = 0;
      long bytes = 0;
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
        for (Path p : entries) {
          bytes += Files.isRegularFile(p) ? Files.size(p) : 0;
          if (++files >= SMALL_FILES || bytes >= SMALL_BYTES) {
            return false;
          }
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean isNewer(Path file, Path than) {
    try {
      return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(than)) >= 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** The jar this JVM was started from ({@code java -jar}), or empty (classes, tests, an IDE). */
  private static Optional<Path> ownJar() {
    String classPath = System.getProperty("java.class.path", "");
    if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
      return Optional.empty();
    }
    Path jar = Paths.get(classPath).toAbsolutePath();
    return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
  }

  private static int waitFor(Process child) {
    while (true) {
      try {
        return child.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop(child);
      }
    }
  }

  /** Asks the child to stop (it cleans up as on Ctrl-C) and waits for it. */
  private static void stop(Process child) {
    if (child.isAlive()) {
      child.destroy();
      try {
        child.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
