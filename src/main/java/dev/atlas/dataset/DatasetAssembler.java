package dev.atlas.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns sorted part files into a finished dataset folder: merges each table, checks that every
 * matched file is accounted for, writes {@code run.json} last, and only then moves the folder into
 * place, so a failed or killed run leaves the previous output as it was.
 */
public final class DatasetAssembler {
  private static final Set<String> DATASET_FILES =
      Set.of(DatasetFiles.MENTIONS, DatasetFiles.PROJECTS_CSV, DatasetFiles.PROJECTS_JSON,
          DatasetFiles.ARTICLES, DatasetFiles.REJECTED, DatasetFiles.STARS_HISTORY, DatasetFiles.RUN,
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

  /**
   * Builds the dataset from {@code partsDir} into {@code staging} (a fresh folder), then moves it
   * to {@code output}. Returns the counts.
   */
  public static Counts assemble(Path partsDir, Path staging, Path output, RunInfo info) throws IOException {
    checkReplaceable(output);
    Files.createDirectories(staging);
    long entries = table(partsDir.resolve(TableRows.MENTION_PARTS), Mention.SCHEMA, staging.resolve(DatasetFiles.MENTIONS),
        staging.resolve(DatasetFiles.MENTIONS_PARQUET), null);
    long articles = table(partsDir.resolve(TableRows.ARTICLE_PARTS), ArticleRow.SCHEMA, staging.resolve(DatasetFiles.ARTICLES),
        staging.resolve(DatasetFiles.ARTICLES_PARQUET), null);
    long rejected = table(partsDir.resolve(TableRows.REJECTED_PARTS), DatasetFiles.REJECTION,
        staging.resolve(DatasetFiles.REJECTED), null, null);
    long projects;
    try (BufferedWriter json = Files.newBufferedWriter(staging.resolve(DatasetFiles.PROJECTS_JSON), StandardCharsets.UTF_8)) {
      json.write("[");
      projects = table(partsDir.resolve(TableRows.PROJECT_PARTS), Project.SCHEMA, staging.resolve(DatasetFiles.PROJECTS_CSV),
          staging.resolve(DatasetFiles.PROJECTS_PARQUET), (n, row) -> json.write((n == 0 ? "\n" : ",\n") + row.text()));
      json.write(projects == 0 ? "]\n" : "\n]\n");
    }
    try (BufferedWriter out = Files.newBufferedWriter(staging.resolve(DatasetFiles.STARS_HISTORY), StandardCharsets.UTF_8)) {
      SortedParts.merge(partsDir.resolve(TableRows.STARS_HISTORY_PARTS), out, Csv.header(DatasetFiles.STARS_HISTORY_COLUMNS), "", "");
    }
    if (articles + rejected != info.filesMatched() + info.articlesCarried()) {
      throw new AccountingException("files matched (" + info.filesMatched() + ") + articles carried from --previous ("
          + info.articlesCarried() + ") != articles (" + articles + ") + rejected (" + rejected + "): a file was lost");
    }
    Map<String, Long> byReason = rejectedByReason(staging.resolve(DatasetFiles.REJECTED));
    Counts counts = new Counts(info.filesMatched(), articles, rejected, entries, projects, byReason);
    Files.writeString(staging.resolve(DatasetFiles.RUN), runJson(info, counts), StandardCharsets.UTF_8);
    swap(staging, output);
    return counts;
  }

  /** Also takes each row of a table as it is written, with the number of rows before it. */
  @FunctionalInterface
  private interface RowCopy {
    void accept(long before, SortedParts.Row row) throws IOException;
  }

  /**
   * Writes the table in {@code parts} (rows holding each record's JSON) as {@code csv} and, when
   * given, {@code parquet}, each record read back through {@code schema}; {@code copy}, when given,
   * also takes each row. Returns the number of rows.
   */
  private static <T extends Record> long table(Path parts, RecordSchema<T> schema, Path csv, Path parquet, RowCopy copy)
      throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        ParquetTable<T> typed = parquet == null ? null : ParquetTable.create(schema, parquet)) {
      out.write(Csv.header(schema.header()));
      long[] n = {0};
      SortedParts.merge(parts, row -> {
        T record = schema.fromJson(Json.MAPPER.readTree(row.text()));
        out.write(Csv.record(schema.cells(record)));
        if (typed != null) {
          typed.write(record);
        }
        if (copy != null) {
          copy.accept(n[0], row);
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
