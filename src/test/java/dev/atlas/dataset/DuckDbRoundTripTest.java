package dev.atlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads every CSV Atlas writes into DuckDB and compares the values with projects.json: quotes,
 * commas, newlines and any Unicode survive, and formula-looking cells come back neutralized.
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
  void everyCsvLoadsIntoDuckDbWithTheJsonValues(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("=cmd, \"odd\" name.md"), ARTICLE);
    Files.writeString(in.resolve("plain.md"), ARTICLE.replace("evil/formula", "evil/other"));
    Files.write(in.resolve("+empty.md"), new byte[0]);
    Path out = tmp.resolve("out");
    assertEquals(0, AtlasCli.run("--input", in.toString(), "--output", out.toString(), "--quiet"));

    JsonNode json = Json.MAPPER.readTree(out.resolve("projects.json").toFile());
    Map<String, JsonNode> byId = new TreeMap<>();
    json.forEach(p -> byId.put(p.path("project_id").asText(), p));
    assertEquals(5, byId.size());

    Class.forName("org.duckdb.DuckDBDriver");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      List<List<String>> projects = query(st, out.resolve("projects.csv"), "project_id, name, stars, aliases");
      assertEquals(5, projects.size());
      for (List<String> row : projects) {
        JsonNode p = byId.get(row.get(0));
        assertEquals(Csv.neutralize(p.path("name").asText()), row.get(1));
        assertEquals(p.path("stars").isNull() ? null : p.path("stars").asText(), row.get(2));
        List<String> aliases = new ArrayList<>();
        p.path("aliases").forEach(a -> aliases.add(a.asText()));
        assertEquals(Csv.neutralize(String.join(";", aliases)), row.get(3) == null ? "" : row.get(3));
      }
      List<List<String>> mentions = query(st, out.resolve("mentions.csv"), "article_file, name, author, url");
      assertEquals(8, mentions.size());
      assertTrue(mentions.stream().anyMatch(r -> r.get(0).equals("'=cmd, \"odd\" name.md")), mentions.toString());
      assertTrue(mentions.stream().anyMatch(r -> r.get(1).equals("'=HYPERLINK(\"http://x\")")));
      assertTrue(mentions.stream().anyMatch(r -> r.get(1).equals("Ünïcödé") && r.get(2).equals("李雷 & Zoë")),
          mentions.toString());
      assertTrue(mentions.stream().anyMatch(r -> "'-dash, \"quoted\"".equals(r.get(2))), mentions.toString());
      for (JsonNode p : json) {
        for (JsonNode m : p.path("mentions")) {
          String file = Csv.neutralize(m.path("article_file").asText());
          String name = Csv.neutralize(m.path("name").asText());
          assertTrue(mentions.stream().anyMatch(r -> r.get(0).equals(file) && r.get(1).equals(name)), file + " " + name);
        }
      }
      List<List<String>> articles = query(st, out.resolve("articles.csv"), "file, title, published");
      assertTrue(articles.stream().anyMatch(r -> r.get(1).equals("Tricky names, \"quoted\", with, commas")
          && r.get(2).equals("2026-11-03")));
      List<List<String>> rejected = query(st, out.resolve("rejected.csv"), "file, reason");
      assertEquals(List.of(List.of("'+empty.md", "empty")), rejected);
      assertEquals(6, query(st, out.resolve("stars_history.csv"), "project_id, stars").size());
    }
  }

  private static List<List<String>> query(Statement st, Path csv, String columns) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    String sql = "SELECT " + columns + " FROM read_csv('" + csv.toString().replace("'", "''")
        + "', header=true, all_varchar=true, quote='\"', escape='\"') ORDER BY ALL";
    try (ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
