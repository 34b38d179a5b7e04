package dev.atlas.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns sorted part files into a finished dataset folder: merges each table, checks that every
 * matched file is accounted for, writes {@code run.json} last, and only then moves the folder into
 * place, so a failed or killed run leaves the previous output as it was.
 */
public final class DatasetAssembler {
  private static final Set<String> DATASET_FILES =
      Set.of(DatasetFiles.MENTIONS_CSV, DatasetFiles.PROJECTS_CSV, DatasetFiles.PROJECTS_JSON,
          DatasetFiles.ARTICLES_CSV, DatasetFiles.REJECTED_CSV, DatasetFiles.STARS_HISTORY_CSV, DatasetFiles.RUN,
          DatasetFiles.MENTIONS_PARQUET, DatasetFiles.PROJECTS_PARQUET, DatasetFiles.ARTICLES_PARQUET,
          DatasetFiles.REPORT);

  private DatasetAssembler() {}

  /** What a run reports about itself. */
  public record RunInfo(String toolVersion, String input, String runner, String previous, long filesMatched,
      long articlesCarried) {}

  /** Counts of a finished dataset. */
  public record Counts(long filesMatched, long articles, long rejected, long entries, long projects,
      Map<String, Long> rejectedByReason) {}

  /** Thrown when the files of a run do not add up; nothing is moved into place then. */
  public static final class AccountingException extends IllegalStateException {
    AccountingException(String message) {
      super(message);
    }
  }

  /** Folds the mentions of one project (its id, then its mentions in article order) into the project. */
  @FunctionalInterface
  public interface ProjectFold {
    /** Returns the project {@code id} made of {@code mentions} (at least one). */
    Project build(String id, List<Mention> mentions);
  }

  /**
   * Builds the dataset from {@code partsDir} into {@code staging} (a fresh folder), each project
   * folded by {@code fold} from its run of mentions in project order, then moves it to {@code
   * output}. The tables are written at the same time, one thread each. Returns the counts.
   */
  public static Counts assemble(Path partsDir, Path staging, Path output, RunInfo info, ProjectFold fold)
      throws IOException {
    checkReplaceable(output);
    Files.createDirectories(staging);
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "atlas-assemble");
      t.setDaemon(true);
      return t;
    });
    long entries;
    long articles;
    long rejected;
    long projects;
    try {
      Future<Long> projectRows = pool.submit(() -> projects(partsDir.resolve(TableRows.PROJECT_MENTION_PARTS), staging, fold));
      Future<Long> mentionRows = pool.submit(() -> table(partsDir.resolve(TableRows.MENTION_PARTS), Mention.SCHEMA,
          staging.resolve(DatasetFiles.MENTIONS_CSV), staging.resolve(DatasetFiles.MENTIONS_PARQUET)));
      Future<Long> articleRows = pool.submit(() -> table(partsDir.resolve(TableRows.ARTICLE_PARTS), ArticleRow.SCHEMA,
          staging.resolve(DatasetFiles.ARTICLES_CSV), staging.resolve(DatasetFiles.ARTICLES_PARQUET)));
      Future<Long> rejectedRows = pool.submit(() -> table(partsDir.resolve(TableRows.REJECTED_PARTS), DatasetFiles.REJECTION,
          staging.resolve(DatasetFiles.REJECTED_CSV), null));
      entries = await(mentionRows);
      articles = await(articleRows);
      rejected = await(rejectedRows);
      projects = await(projectRows);
    } finally {
      pool.shutdownNow();
    }
    if (articles + rejected != info.filesMatched() + info.articlesCarried()) {
      throw new AccountingException("files matched (" + info.filesMatched() + ") + articles carried from --previous ("
          + info.articlesCarried() + ") != articles (" + articles + ") + rejected (" + rejected + "): a file was lost");
    }
    Map<String, Long> byReason = rejectedByReason(staging.resolve(DatasetFiles.REJECTED_CSV));
    Counts counts = new Counts(info.filesMatched(), articles, rejected, entries, projects, byReason);
    Files.writeString(staging.resolve(DatasetFiles.RUN), runJson(info, counts), StandardCharsets.UTF_8);
    swap(staging, output);
    return counts;
  }

  /** Waits for a table's writer; its failure is thrown as it was thrown there. */
  private static long await(Future<Long> table) throws IOException {
    try {
      return table.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the dataset");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Writes the projects, each folded from its run of mentions in {@code parts} (project order):
   * projects.csv, projects.parquet, projects.json (each project with its mentions nested) and
   * stars_history.csv (a project's dated figures, read off as it passes: the projects come in id
   * order, so its rows do too). Only one project's mentions are held at a time. Returns the number
   * of projects.
   */
  private static long projects(Path parts, Path staging, ProjectFold fold) throws IOException {
    try (ProjectFiles files = new ProjectFiles(staging)) {
      List<Mention> run = new ArrayList<>();
      SortedParts.merge(parts, row -> {
        Mention m = Mention.SCHEMA.fromBytes(row.data());
        if (!run.isEmpty() && !run.get(0).projectId().equals(m.projectId())) {
          files.write(fold.build(run.get(0).projectId(), List.copyOf(run)));
          run.clear();
        }
        run.add(m);
      });
      if (!run.isEmpty()) {
        files.write(fold.build(run.get(0).projectId(), List.copyOf(run)));
      }
      return files.count();
    }
  }

  /** The four files written from the projects, in project id order. */
  private static final class ProjectFiles implements java.io.Closeable {
    private final BufferedWriter json;
    private final CSVPrinter csv;
    private final CSVPrinter history;
    private final BackgroundWriter<Project> typed;
    private long count;

    ProjectFiles(Path staging) throws IOException {
      json = Files.newBufferedWriter(staging.resolve(DatasetFiles.PROJECTS_JSON), StandardCharsets.UTF_8);
      csv = Csv.printer(Files.newBufferedWriter(staging.resolve(DatasetFiles.PROJECTS_CSV), StandardCharsets.UTF_8));
      history = Csv.printer(Files.newBufferedWriter(staging.resolve(DatasetFiles.STARS_HISTORY_CSV), StandardCharsets.UTF_8));
      typed = BackgroundWriter.of(ParquetTable.create(Project.SCHEMA, staging.resolve(DatasetFiles.PROJECTS_PARQUET)),
          DatasetFiles.PROJECTS_PARQUET);
      json.write("[");
      csv.printRecord(Project.SCHEMA.header());
      history.printRecord(DatasetFiles.STARS_HISTORY_COLUMNS);
    }

    void write(Project p) throws IOException {
      Csv.print(csv, Project.SCHEMA.cells(p));
      typed.write(p);
      json.write(count++ == 0 ? "\n" : ",\n");
      json.write(Json.project(p));
      for (Mention m : starsHistory(p)) {
        Csv.print(history, List.of(p.projectId(), m.published(), m.stars().toString(), m.articleFile()));
      }
    }

    long count() {
      return count;
    }

    @Override
    public void close() throws IOException {
      try (json; csv; history; typed) {
        json.write(count == 0 ? "]\n" : "\n]\n");
      }
    }
  }

  /** The mentions of {@code p} that state stars, by publication date, then article and position. */
  static List<Mention> starsHistory(Project p) {
    return p.mentions().stream().filter(m -> m.stars() != null)
        .sorted(Comparator.comparing(Mention::published).thenComparing(Mention::sortKey)).toList();
  }

  /**
   * Writes the table in {@code parts} as {@code csv} and, when given, {@code parquet}, each record
   * decoded through {@code schema}. Returns the number of rows.
   */
  private static <T extends Record> long table(Path parts, RecordSchema<T> schema, Path csv, Path parquet)
      throws IOException {
    try (BufferedWriter file = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        CSVPrinter out = Csv.printer(file);
        BackgroundWriter<T> typed = parquet == null ? null
            : BackgroundWriter.of(ParquetTable.create(schema, parquet), parquet.getFileName().toString())) {
      out.printRecord(schema.header());
      long[] n = {0};
      SortedParts.merge(parts, row -> {
        T record = schema.fromBytes(row.data());
        Csv.print(out, schema.cells(record));
        if (typed != null) {
          typed.write(record);
        }
        n[0]++;
      });
      return n[0];
    }
  }

  private static Map<String, Long> rejectedByReason(Path rejected) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(rejected, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, Csv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).build())) {
      for (CSVRecord r : parser) {
        counts.merge(r.get("reason"), 1L, Long::sum);
      }
    }
    return counts;
  }

  private static String runJson(RunInfo info, Counts counts) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("schema_version", DatasetFiles.SCHEMA_VERSION);
    o.put("tool", "atlas");
    o.put("tool_version", info.toolVersion());
    o.put("input", info.input());
    o.put("previous", info.previous());
    o.put("runner", info.runner());
    ObjectNode c = o.putObject("counts");
    c.put("files_matched", counts.filesMatched());
    c.put("articles_carried", info.articlesCarried());
    c.put("articles", counts.articles());
    c.put("rejected", counts.rejected());
    c.put("entries", counts.entries());
    c.put("projects", counts.projects());
    ObjectNode r = o.putObject("rejected_by_reason");
    counts.rejectedByReason().forEach(r::put);
    return Json.pretty(o) + "\n";
  }

  /**
   * Refuses to replace {@code output} when it holds files that are not an Atlas dataset, so a
   * mistyped {@code --output} never deletes someone's folder.
   */
  public static void checkReplaceable(Path output) throws IOException {
    if (!Files.exists(output)) {
      return;
    }
    if (!Files.isDirectory(output)) {
      throw new IOException("--output " + output + " exists and is not a folder");
    }
    try (Stream<Path> s = Files.list(output)) {
      List<String> foreign = s.map(p -> p.getFileName().toString())
          .filter(n -> !DATASET_FILES.contains(n) && !n.equals(".gitkeep") && !n.equals("README.md"))
          .sorted().toList();
      if (!foreign.isEmpty()) {
        throw new IOException("refusing to replace " + output + ": it holds files that are not an Atlas dataset "
            + foreign.subList(0, Math.min(5, foreign.size())));
      }
    }
  }

  /**
   * Moves {@code staging} into place as {@code output}, the old folder out of the way first (beside
   * it, named for this run, so that a run killed between the two moves leaves it for the next run
   * to put back; see {@link StagingFolder#removeStale}).
   */
  static void swap(Path staging, Path output) throws IOException {
    Path parent = output.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    for (String keep : List.of(".gitkeep", "README.md")) {
      Path kept = output.resolve(keep);
      if (Files.exists(kept)) {
        Files.copy(kept, staging.resolve(keep), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path old = StagingFolder.beside(output.toAbsolutePath().normalize(), StagingFolder.RETIRED, RunOwner.current());
    boolean setAside = Files.exists(output);
    if (setAside) {
      Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      if (setAside) {
        Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    StagingFolder.deleteTree(old);
  }
}
