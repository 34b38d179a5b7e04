package dev.atlas.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.article.Article;
import dev.atlas.article.ArticleReadException;
import dev.atlas.article.ArticleReader;
import dev.atlas.article.Deadline;
import dev.atlas.extract.EntryFinder;
import dev.atlas.testing.HostileCorpus.Expected;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads every file of the {@link HostileCorpus} as the pipeline does (size limit, per-file time
 * budget, then the entry finder) and checks that each ends as expected, within its budget, and
 * that the whole corpus takes under a minute. Prints each file's time.
 */
class HostileCorpusTest {
  private static final long MAX_BYTES = HostileCorpus.SIZE_LIMIT;
  private static final long BUDGET_MILLIS = 10_000;
  private static final Duration CORPUS_LIMIT = Duration.ofSeconds(60);
  /** A file still running this long is stuck in code that never checks its deadline; it is abandoned. */
  private static final long ABANDON_MILLIS = BUDGET_MILLIS + 2_000;

  @Test
  void everyFileEndsAsExpectedWithinItsBudget(@TempDir Path dir) throws IOException {
    List<Expected> corpus = HostileCorpus.write(dir);
    List<String> failures = new CopyOnWriteArrayList<>();
    AtomicReference<String> reading = new AtomicReference<>("");
    long start = System.nanoTime();
    assertTimeoutPreemptively(CORPUS_LIMIT, () -> {
      for (Expected expected : corpus) {
        reading.set(expected.file());
        Run run = Run.of(dir.resolve(expected.file()));
        System.out.printf("%7d ms  expected %-11s got %-11s %s  (%s)%n", run.millis(), expected.reason(),
            run.outcome(), printable(expected.file()), firstLine(run.detail()));
        if (!run.outcome().equals(expected.reason())) {
          failures.add(printable(expected.file()) + ": expected " + expected.reason() + ", got " + run.outcome()
              + " after " + run.millis() + " ms: " + run.detail());
        } else if (run.millis() > BUDGET_MILLIS) {
          failures.add(printable(expected.file()) + ": " + run.outcome() + " as expected, but took " + run.millis()
              + " ms, over its " + BUDGET_MILLIS + " ms budget");
        }
      }
    }, () -> "the corpus took over " + CORPUS_LIMIT.toSeconds() + " s; still reading " + printable(reading.get())
        + ", not reached: " + unreached(corpus, reading.get()) + "; failures so far:\n" + String.join("\n\n", failures));
    System.out.printf("%7d ms  whole corpus, %d files%n", (System.nanoTime() - start) / 1_000_000, corpus.size());
    assertTrue(failures.isEmpty(),
        () -> failures.size() + " of " + corpus.size() + " files failed:\n" + String.join("\n\n", failures));
  }

  @Test
  void expectsEveryEntryOfTheFolderOnce(@TempDir Path dir) throws IOException {
    List<Expected> corpus = HostileCorpus.write(dir);
    List<String> names = corpus.stream().map(Expected::file).toList();
    assertEquals(names.stream().sorted().toList(), names, "sorted by file name");
    assertEquals(new TreeSet<>(names).size(), names.size(), "no file twice");
    try (Stream<Path> entries = Files.list(dir)) {
      assertEquals(new TreeSet<>(names), entries.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
    }
    Map<String, Long> byOutcome = corpus.stream()
        .collect(Collectors.groupingBy(Expected::reason, TreeMap::new, Collectors.counting()));
    assertEquals(Map.of("article", 34L, "binary", 10L, "empty", 1L, "no_text", 3L, "not_a_file", 1L, "too_large", 1L,
        "undecodable", 3L), byOutcome);
    assertEquals(53, corpus.size());
  }

  @Test
  void writesTheSameBytesEveryTime(@TempDir Path first, @TempDir Path second) throws IOException {
    List<Expected> a = HostileCorpus.write(first);
    List<Expected> b = HostileCorpus.write(second);
    assertEquals(a, b);
    for (Expected e : a) {
      Path x = first.resolve(e.file());
      if (Files.isRegularFile(x)) {
        assertArrayEquals(Files.readAllBytes(x), Files.readAllBytes(second.resolve(e.file())), e.file());
      }
    }
  }

  /** How reading one file ended: a reject reason label, "article", "crash" or "hung", and how long it took. */
  private record Run(String outcome, long millis, String detail) {
    static Run of(Path file) throws InterruptedException {
      AtomicReference<Thread> worker = new AtomicReference<>();
      ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "hostile-corpus-reader");
        t.setDaemon(true);
        worker.set(t);
        return t;
      });
      long start = System.nanoTime();
      Future<String[]> future = executor.submit(() -> read(file));
      try {
        String[] result = future.get(ABANDON_MILLIS, TimeUnit.MILLISECONDS);
        return new Run(result[0], elapsed(start), result[1]);
      } catch (ExecutionException e) {
        return new Run("crash", elapsed(start), excerpt(e.getCause()));
      } catch (TimeoutException e) {
        StackTraceElement[] stuck = worker.get().getStackTrace();
        future.cancel(true);
        return new Run("hung", elapsed(start), "abandoned, still running at:" + frames(stuck));
      } finally {
        executor.shutdownNow();
      }
    }

    /** Reads the file as the pipeline does: reader and entry finder under one per-file deadline. */
    private static String[] read(Path file) {
      try {
        return Deadline.run(BUDGET_MILLIS, () -> {
          Article article = ArticleReader.read(file, MAX_BYTES);
          int entries = EntryFinder.find(article).size();
          return new String[] {HostileCorpus.ARTICLE, article.encoding() + ", " + article.blocks().size()
              + " blocks, " + entries + " entries, title \"" + shorten(article.title()) + "\""};
        });
      } catch (ArticleReadException e) {
        return new String[] {e.reason().label(), e.getMessage()};
      }
    }

    private static long elapsed(long start) {
      return (System.nanoTime() - start) / 1_000_000;
    }
  }

  private static String unreached(List<Expected> corpus, String reading) {
    return corpus.stream().map(Expected::file).filter(f -> f.compareTo(reading) > 0)
        .map(HostileCorpusTest::printable).collect(Collectors.joining(", "));
  }

  /** The exception and where it was thrown. */
  private static String excerpt(Throwable t) {
    return t + frames(t.getStackTrace());
  }

  /** The top frames, then the first frames inside Atlas (deep regex recursion hides them). */
  private static String frames(StackTraceElement[] stack) {
    List<StackTraceElement> shown = new ArrayList<>(List.of(stack).subList(0, Math.min(5, stack.length)));
    List.of(stack).stream().filter(f -> f.getClassName().startsWith("dev.atlas.")).filter(f -> !shown.contains(f))
        .limit(6).forEach(shown::add);
    StringBuilder sb = new StringBuilder();
    for (StackTraceElement frame : shown) {
      sb.append("\n        at ").append(frame);
    }
    return sb.toString();
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl) + " …";
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  private static String printable(String file) {
    return file.replace("\n", "\\n");
  }
}
