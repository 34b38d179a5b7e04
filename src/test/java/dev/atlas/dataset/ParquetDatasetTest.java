package dev.atlas.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.atlas.testing.AtlasCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the Parquet files of a run on the sample articles (plus one with formula-looking and CJK
 * names) back with DuckDB, with no options: the column types are the typed ones, and every row
 * equals the CSV's row in the same position.
 */
class ParquetDatasetTest {
  @TempDir static Path tmp;
  static Path out;

  @BeforeAll
  static void run() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (var files = Files.list(Path.of("input"))) {
      for (Path f : files.toList()) {
        Files.copy(f, in.resolve(f.getFileName()));
      }
    }
    Files.writeString(in.resolve("tricky.md"), """
        # 本月项目

        原载于 2026 年 11 月 3 日

        ## [=SUM(A1)](https://github.com/evil/formula)

        Stars: 1,234

        A project whose name looks like a formula.

        ## [Ünïcödé 🚀 名字](https://github.com/uni/code)

        Stars: 5k

        A project with CJK and emoji in its name.
        """);
    out = tmp.resolve("out");
    assertEquals(0, AtlasCli.run("--input", in.toString(), "--output", out.toString(), "--quiet"));
  }

  @Test
  void columnsCarryTheirTypes() throws Exception {
    assertEquals(Map.ofEntries(Map.entry("project_id", "VARCHAR"), Map.entry("name", "VARCHAR"),
        Map.entry("repo", "VARCHAR"), Map.entry("url", "VARCHAR"), Map.entry("stars", "BIGINT"),
        Map.entry("stars_approx", "BOOLEAN"), Map.entry("stars_date", "DATE"), Map.entry("domains", "VARCHAR[]"),
        Map.entry("domains_explicit", "VARCHAR[]"), Map.entry("frameworks", "VARCHAR[]"),
        Map.entry("aliases", "VARCHAR[]"), Map.entry("article_count", "BIGINT"), Map.entry("mention_count", "BIGINT"),
        Map.entry("first_seen", "DATE"), Map.entry("last_seen", "DATE")), types("projects.parquet"));
    Map<String, String> mentions = types("mentions.parquet");
    assertEquals(Project.COLUMNS.size(), types("projects.parquet").size());
    assertEquals(Mention.COLUMNS, List.copyOf(mentions.keySet()));
    assertEquals("BIGINT", mentions.get("position"));
    assertEquals("BIGINT", mentions.get("rank"));
    assertEquals("DATE", mentions.get("published"));
    assertEquals("VARCHAR[]", mentions.get("domains"));
    assertEquals("BIGINT", types("articles.parquet").get("entry_count"));
    assertEquals("DATE", types("articles.parquet").get("published"));
  }

  @Test
  void knownValuesReadBackTyped() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      ResultSet r = st.executeQuery("SELECT name, stars, domains[1], article_count, mention_count, stars_date FROM '"
          + out.resolve("projects.parquet") + "' ORDER BY stars DESC NULLS LAST LIMIT 1");
      r.next();
      assertEquals("Detectron", r.getString(1));
      assertEquals(11248L, r.getLong(2));
      assertEquals("computer-vision", r.getString(3));
      assertEquals(2L, r.getLong(4));
      assertEquals(2L, r.getLong(5));
      assertEquals(null, r.getObject(6));
      r = st.executeQuery("SELECT stars, stars_approx, stars_date, first_seen FROM '" + out.resolve("projects.parquet")
          + "' WHERE project_id = 'github:taosdata/tdengine'");
      r.next();
      assertEquals(10000L, r.getLong(1));
      assertEquals(true, r.getBoolean(2));
      assertEquals("2019-08-02", r.getString(3));
      assertEquals("2019-08-02", r.getString(4));
      r = st.executeQuery("SELECT name, stars, published, heading FROM '" + out.resolve("mentions.parquet")
          + "' WHERE article_file = 'tricky.md' ORDER BY position");
      r.next();
      assertEquals("=SUM(A1)", r.getString(1), "Parquet keeps the name as written; only the CSV neutralizes it");
      assertEquals(1234L, r.getLong(2));
      assertEquals("2026-11-03", r.getString(3));
      r.next();
      assertEquals("[Ünïcödé 🚀 名字](https://github.com/uni/code)", r.getString(4), "the heading as written");
      assertEquals(5000L, r.getLong(2));
      r = st.executeQuery("SELECT count(*), sum(entry_count) FROM '" + out.resolve("articles.parquet") + "'");
      r.next();
      assertEquals(6L, r.getLong(1));
      assertEquals(59L, r.getLong(2));
    }
  }

  @Test
  void everyRowEqualsTheCsvRowInTheSamePosition() throws Exception {
    for (String table : List.of("projects", "mentions", "articles")) {
      List<CSVRecord> csv = DatasetReader.csv(out.resolve(table + ".csv"));
      List<List<String>> parquet = rowsAsCsvText(out.resolve(table + ".parquet"));
      assertEquals(csv.size(), parquet.size(), table);
      for (int i = 0; i < csv.size(); i++) {
        List<String> expected = new ArrayList<>();
        csv.get(i).forEach(cell -> expected.add(cell.startsWith("'=") ? cell.substring(1) : cell));
        assertEquals(expected, parquet.get(i), table + " row " + (i + 1));
      }
    }
  }

  @Test
  void aRerunWritesTheSameBytes() throws Exception {
    Path again = tmp.resolve("again");
    assertEquals(0, AtlasCli.run("--input", tmp.resolve("in").toString(), "--output", again.toString(), "--quiet"));
    for (String f : List.of("projects.parquet", "mentions.parquet", "articles.parquet")) {
      assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
    }
  }

  private static Map<String, String> types(String file) throws Exception {
    Map<String, String> types = new LinkedHashMap<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
        ResultSet r = st.executeQuery("DESCRIBE SELECT * FROM '" + out.resolve(file) + "'")) {
      while (r.next()) {
        types.put(r.getString("column_name"), r.getString("column_type"));
      }
    }
    return types;
  }

  /** Each row rendered as the CSV writes it: lists joined by ';', absent values empty, file order. */
  private static List<List<String>> rowsAsCsvText(Path file) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      Map<String, String> types = new LinkedHashMap<>();
      try (ResultSet r = st.executeQuery("DESCRIBE SELECT * FROM '" + file + "'")) {
        while (r.next()) {
          types.put(r.getString("column_name"), r.getString("column_type"));
        }
      }
      List<String> exprs = new ArrayList<>();
      types.forEach((c, t) -> exprs.add("coalesce(" + switch (t) {
        case "VARCHAR[]" -> "array_to_string(\"" + c + "\", ';')";
        case "BOOLEAN" -> "CASE WHEN \"" + c + "\" THEN 'true' ELSE 'false' END";
        case "DATE" -> "strftime(\"" + c + "\", '%Y-%m-%d')";
        default -> "CAST(\"" + c + "\" AS VARCHAR)";
      } + ", '')"));
      try (ResultSet r = st.executeQuery("SELECT " + String.join(", ", exprs) + " FROM read_parquet('" + file
          + "', file_row_number = true) ORDER BY file_row_number")) {
        while (r.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= types.size(); i++) {
            row.add(r.getString(i));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }
}
