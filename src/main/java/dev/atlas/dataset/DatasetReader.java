package dev.atlas.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a dataset folder back from disk, checking that it is one and of this schema version. */
public final class DatasetReader {
  private DatasetReader() {}

  /** Thrown when a folder is not an Atlas dataset, or of another schema version. */
  public static final class NotADatasetException extends IOException {
    NotADatasetException(String message) {
      super(message);
    }
  }

  /** Checks {@code dir} holds a finished dataset of {@link DatasetFiles#SCHEMA_VERSION}. */
  public static void check(Path dir) throws NotADatasetException {
    Path run = dir.resolve(DatasetFiles.RUN);
    if (!Files.isDirectory(dir)) {
      throw new NotADatasetException(dir + " is not a folder");
    }
    if (!Files.isRegularFile(run) || !Files.isRegularFile(dir.resolve(DatasetFiles.PROJECTS_JSON))) {
      throw new NotADatasetException(dir + " is not an Atlas dataset (no run.json or projects.json)");
    }
    int version;
    try {
      JsonNode node = Json.MAPPER.readTree(run.toFile());
      version = node.path("schema_version").asInt(-1);
    } catch (IOException e) {
      throw new NotADatasetException(dir + ": run.json is not readable JSON: " + e.getMessage());
    }
    if (version != DatasetFiles.SCHEMA_VERSION) {
      throw new NotADatasetException(dir + " has schema version " + version + "; this atlas reads version "
          + DatasetFiles.SCHEMA_VERSION);
    }
  }

  /** Returns the projects of {@code dir} with their mentions, in file order. */
  public static List<Project> projects(Path dir) throws IOException {
    check(dir);
    JsonNode root = Json.MAPPER.readTree(dir.resolve(DatasetFiles.PROJECTS_JSON).toFile());
    List<Project> projects = new ArrayList<>();
    for (JsonNode p : root) {
      projects.add(Project.SCHEMA.fromJson(p));
    }
    return projects;
  }

  /** Returns every mention of the dataset in {@code dir}, from its projects.json. */
  public static List<Mention> mentions(Path dir) throws IOException {
    List<Mention> all = new ArrayList<>();
    for (Project p : projects(dir)) {
      all.addAll(p.mentions());
    }
    all.sort(java.util.Comparator.comparing(Mention::sortKey));
    return all;
  }

  /** Returns the article rows of the dataset in {@code dir}, from its articles.csv, in file order. */
  public static List<ArticleRow> articles(Path dir) throws IOException {
    check(dir);
    return records(dir.resolve(DatasetFiles.ARTICLES_CSV), ArticleRow.SCHEMA);
  }

  /**
   * Returns the rows of a CSV table of a dataset as records of {@code schema}, read back by the
   * column names of its header; throws NotADatasetException when a cell is not of its column's kind.
   */
  public static <T extends Record> List<T> records(Path file, RecordSchema<T> schema) throws IOException {
    List<T> records = new ArrayList<>();
    for (CSVRecord r : csv(file)) {
      try {
        records.add(schema.fromCells(name -> r.isMapped(name) ? r.get(name) : null));
      } catch (IllegalArgumentException e) {
        throw new NotADatasetException(file + " line " + r.getRecordNumber() + ": " + e.getMessage());
      }
    }
    return records;
  }

  /** Returns the rows of a CSV file of the dataset, as records with a header. */
  public static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, Csv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).build())) {
      return parser.getRecords();
    }
  }
}
