package dev.atlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atlas.testing.AtlasCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads every CSV Atlas writes into DuckDB and expects the values the articles state, written out
 * here: quotes, commas and any Unicode survive, and formula-looking cells come back neutralized.
 */
class DuckDbRoundTripTest {
  private static final String ARTICLE = """
      # Tricky names, "quoted", with, commas

      原载于 2026 年 11 月 3 日

      ## [=HYPERLINK("http://x")](https://github.com/evil/formula)

      Stars: 1,234

      A project whose name is a formula.

      ## [Ünïcödé 🚀](https://github.com/uni/code)

      Stars: 5k

      Author: 李雷 & Zoë

      Emoji in a name, CJK in an author.

      ## [say "hi", ok](https://github.com/quote/comma)

      It has 42 stars.

      ## [@handle](https://github.com/at/handle)

      Author: -dash, "quoted"

      Last one, with a multi-part author.
      """;

  @Test
  void everyCsvLoadsIntoDuckDbWithItsValues(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("=cmd, \"odd\" name.md"), ARTICLE);
    Files.writeString(in.resolve("plain.md"), ARTICLE.replace("evil/formula", "evil/other"));
    Files.write(in.resolve("+empty.md"), new byte[0]);
    Path out = tmp.resolve("out");
    assertEquals(0, AtlasCli.run("--input", in.toString(), "--output", out.toString(), "--quiet"));

    JsonNode json = Json.MAPPER.readTree(out.resolve("projects.json").toFile());
    assertEquals("=HYPERLINK(\"http://x\")", json.get(1).path("name").asText(), "JSON keeps the name as written");

    Class.forName("org.duckdb.DuckDBDriver");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      assertEquals(List.of(
              List.of("github:at/handle", "'@handle", "", ""),
              List.of("github:evil/formula", "'=HYPERLINK(\"http://x\")", "1234", ""),
              List.of("github:evil/other", "'=HYPERLINK(\"http://x\")", "1234", ""),
              List.of("github:quote/comma", "say \"hi\", ok", "42", ""),
              List.of("github:uni/code", "Ünïcödé", "5000", "Ünïcödé 🚀")),
          query(st, out.resolve("projects.csv"), "project_id, name, stars, aliases"));
      List<List<String>> perArticle = List.of(
          List.of("'=HYPERLINK(\"http://x\")", "", "https://github.com/evil/formula"),
          List.of("'@handle", "'-dash, \"quoted\"", "https://github.com/at/handle"),
          List.of("say \"hi\", ok", "", "https://github.com/quote/comma"),
          List.of("Ünïcödé", "李雷 & Zoë", "https://github.com/uni/code"));
      List<List<String>> mentions = new ArrayList<>();
      for (String file : List.of("'=cmd, \"odd\" name.md", "plain.md")) {
        for (List<String> row : perArticle) {
          List<String> r = new ArrayList<>(List.of(file));
          r.addAll(row);
          if (file.equals("plain.md")) {
            r.set(3, r.get(3).replace("evil/formula", "evil/other"));
          }
          mentions.add(r);
        }
      }
      assertEquals(mentions, query(st, out.resolve("mentions.csv"), "article_file, name, author, url"));
      assertEquals(List.of(
              List.of("'=cmd, \"odd\" name.md", "Tricky names, \"quoted\", with, commas", "2026-11-03", "4"),
              List.of("plain.md", "Tricky names, \"quoted\", with, commas", "2026-11-03", "4")),
          query(st, out.resolve("articles.csv"), "file, title, published, entry_count"));
      assertEquals(List.of(List.of("'+empty.md", "empty", "file has 0 bytes")),
          query(st, out.resolve("rejected.csv"), "file, reason, detail"));
      assertEquals(List.of(
              List.of("github:evil/formula", "1234", "'=cmd, \"odd\" name.md"),
              List.of("github:evil/other", "1234", "plain.md"),
              List.of("github:quote/comma", "42", "'=cmd, \"odd\" name.md"),
              List.of("github:quote/comma", "42", "plain.md"),
              List.of("github:uni/code", "5000", "'=cmd, \"odd\" name.md"),
              List.of("github:uni/code", "5000", "plain.md")),
          query(st, out.resolve("stars_history.csv"), "project_id, stars, article_file"));
    }
  }

  /** The rows of {@code columns} of a CSV as DuckDB reads it, sorted; an empty cell reads as "". */
  private static List<List<String>> query(Statement st, Path csv, String columns) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    String sql = "SELECT " + columns + " FROM read_csv('" + csv.toString().replace("'", "''")
        + "', header=true, all_varchar=true, quote='\"', escape='\"') ORDER BY ALL";
    try (ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i) == null ? "" : rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
