package dev.atlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.article.RejectReason;
import dev.atlas.article.Rejection;
import dev.atlas.testing.Rows;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordSchemaTest {
  static final Mention FULL = new Mention("a.md", 3, "github:o/r", "R", "3. R", "o/r", "sub", "https://github.com/o/r",
      12_300L, true, List.of("cv", "nlp"), List.of("cv"), "PyTorch", 7, "ann", 41, "2024-05-01", "heading+repo", "https://r.dev");
  static final Mention EMPTY =
      Rows.of(Mention.SCHEMA, "article_file", "b.md", "position", "1", "project_id", "name:x", "name", "X", "line", "2");
  static final Project PROJECT = new Project("github:o/r", "R", "o/r", "https://github.com/o/r", 12_300L, true,
      "2024-05-01", List.of("cv", "nlp"), List.of("cv"), List.of("PyTorch"), List.of("3. R"), 1, "2024-05-01",
      "2024-05-01", List.of(FULL, FULL.withProjectId("github:o/r")));

  @Test
  void headersAreTheDocumentedColumns() {
    assertEquals(List.of("article_file", "position", "project_id", "name", "heading", "repo", "path", "url", "stars",
        "stars_approx", "domains", "domains_explicit", "framework", "rank", "author", "line", "published", "evidence",
        "link"), Mention.COLUMNS);
    assertEquals(List.of("project_id", "name", "repo", "url", "stars", "stars_approx", "stars_date", "domains",
        "domains_explicit", "frameworks", "aliases", "article_count", "mention_count", "first_seen", "last_seen"),
        Project.COLUMNS);
    assertEquals(List.of("article_id", "file", "title", "language", "published", "source_url", "encoding",
        "entry_count", "sha256"), ArticleRow.COLUMNS);
    assertEquals(List.of("file", "reason", "detail"), DatasetFiles.REJECTION.header());
  }

  @Test
  void cellsWriteAbsentValuesAsEmptyAndListsJoined() {
    assertEquals(List.of("a.md", "3", "github:o/r", "R", "3. R", "o/r", "sub", "https://github.com/o/r", "12300", "true",
        "cv;nlp", "cv", "PyTorch", "7", "ann", "41", "2024-05-01", "heading+repo", "https://r.dev"),
        Mention.SCHEMA.cells(FULL));
    assertEquals(List.of("b.md", "1", "name:x", "X", "", "", "", "", "", "false", "", "", "", "", "", "2", "", "", ""),
        Mention.SCHEMA.cells(EMPTY));
    assertEquals("2", Project.SCHEMA.cells(PROJECT).get(12), "mention_count is derived from the mentions");
    assertEquals(List.of("x.md", "too_large", "21 MB"),
        DatasetFiles.REJECTION.cells(new Rejection("x.md", RejectReason.TOO_LARGE, "21 MB")));
  }

  @Test
  void jsonKeepsColumnOrderAndNullsForAbsentValues() {
    assertEquals("{\"article_file\":\"b.md\",\"position\":1,\"project_id\":\"name:x\",\"name\":\"X\",\"heading\":\"\","
        + "\"repo\":\"\",\"path\":\"\",\"url\":\"\",\"stars\":null,\"stars_approx\":false,\"domains\":[],"
        + "\"domains_explicit\":[],\"framework\":\"\",\"rank\":null,\"author\":\"\",\"line\":2,\"published\":\"\","
        + "\"evidence\":\"\",\"link\":\"\"}", Json.write(Mention.SCHEMA.json(EMPTY)));
    String project = Json.project(PROJECT);
    assertTrue(project.startsWith("{\"project_id\":\"github:o/r\",\"name\":\"R\""), project);
    assertTrue(project.contains("\"article_count\":1,\"mention_count\":2,\"first_seen\":\"2024-05-01\""), project);
  }

  @Test
  void streamedJsonIsTheTreesJson() {
    assertEquals(Json.write(Project.SCHEMA.json(PROJECT)), Json.project(PROJECT));
  }

  @Test
  void jsonAndBinaryReadBackEqualRecords() throws Exception {
    for (Mention m : List.of(FULL, EMPTY)) {
      assertEquals(m, Mention.SCHEMA.fromJson(Json.MAPPER.readTree(Json.write(Mention.SCHEMA.json(m)))));
      assertEquals(m, binaryRoundTrip(Mention.SCHEMA, m));
    }
    assertEquals(PROJECT, Project.SCHEMA.fromJson(Json.MAPPER.readTree(Json.project(PROJECT))));
    assertEquals(PROJECT, binaryRoundTrip(Project.SCHEMA, PROJECT));
    Rejection r = new Rejection("x.md", RejectReason.TIMEOUT, "over 10000 ms");
    assertEquals(r, binaryRoundTrip(DatasetFiles.REJECTION, r));
    for (RejectReason reason : RejectReason.values()) {
      Rejection each = new Rejection("x.bin", reason, "why");
      assertEquals(each, DatasetFiles.REJECTION.fromBytes(DatasetFiles.REJECTION.bytes(each)));
    }
    ArticleRow a = new ArticleRow("0123456789abcdef", "a.md", "标题", "zh", "2024-05-01", "", "UTF-8", 2, "0123456789abcdef00");
    assertEquals(a, ArticleRow.SCHEMA.fromBytes(ArticleRow.SCHEMA.bytes(a)));
    assertEquals(r, DatasetFiles.REJECTION.fromJson(Json.MAPPER.readTree(Json.write(DatasetFiles.REJECTION.json(r)))));
  }

  @Test
  void csvCellsReadBackEqualRecords() {
    for (Mention m : List.of(FULL, EMPTY)) {
      List<String> cells = Mention.SCHEMA.cells(m);
      assertEquals(m, Mention.SCHEMA.fromCells(name -> cells.get(Mention.COLUMNS.indexOf(name))));
    }
    ArticleRow a = new ArticleRow("0123456789abcdef", "a.md", "标题", "zh", "2024-05-01", "https://x.dev/a", "GB18030", 7,
        "0123456789abcdef00");
    List<String> cells = ArticleRow.SCHEMA.cells(a);
    assertEquals(a, ArticleRow.SCHEMA.fromCells(name -> cells.get(ArticleRow.COLUMNS.indexOf(name))));
    assertEquals(new Rejection("x.md", RejectReason.NOT_A_FILE, ""),
        DatasetFiles.REJECTION.fromCells(name -> name.equals("file") ? "x.md" : name.equals("reason") ? "not_a_file" : null));
    var bad = assertThrows(IllegalArgumentException.class,
        () -> ArticleRow.SCHEMA.fromCells(name -> name.equals("entry_count") ? "seven" : ""));
    assertEquals("ArticleRow.entry_count: 'seven' is not a number", bad.getMessage());
  }

  @Test
  void withCopiesARecordWithOneColumnChanged() {
    Mention moved = Mention.SCHEMA.with(FULL, "project_id", "github:o/moved");
    assertEquals("github:o/moved", moved.projectId());
    assertEquals(Mention.SCHEMA.cells(FULL).subList(3, 19), Mention.SCHEMA.cells(moved).subList(3, 19));
    assertEquals(moved, FULL.withProjectId("github:o/moved"));
    var unknown = assertThrows(IllegalArgumentException.class, () -> Mention.SCHEMA.with(FULL, "mention_count", 2));
    assertEquals("Mention has no stored column mention_count", unknown.getMessage());
  }

  @Test
  void negativeAndLargeNumbersSurviveTheBinaryForm() throws Exception {
    Mention m = Rows.of(Mention.SCHEMA, "article_file", "c.md", "position", Integer.toString(Integer.MAX_VALUE),
        "stars", Long.toString(Long.MAX_VALUE), "rank", "-1");
    assertEquals(Long.MAX_VALUE, m.stars());
    assertEquals(-1, m.rank());
    assertEquals(m, binaryRoundTrip(Mention.SCHEMA, m));
  }

  record Misdeclared(String name, int count) {}

  @Test
  void aDeclarationThatDoesNotMatchTheRecordIsRefused() {
    var wrongName = assertThrows(IllegalArgumentException.class,
        () -> RecordSchema.of(Misdeclared.class, Column.text("title"), Column.integer("count")));
    assertTrue(wrongName.getMessage().contains("column 0 is title but the component is name"), wrongName.getMessage());
    var wrongKind = assertThrows(IllegalArgumentException.class,
        () -> RecordSchema.of(Misdeclared.class, Column.text("name"), Column.list("count")));
    assertTrue(wrongKind.getMessage().contains("Misdeclared.count is a int, not a LIST column"), wrongKind.getMessage());
    var missing = assertThrows(IllegalArgumentException.class,
        () -> RecordSchema.of(Misdeclared.class, Column.text("name")));
    assertTrue(missing.getMessage().contains("has 2 components but its schema stores 1"), missing.getMessage());
  }

  private static <T extends Record> T binaryRoundTrip(RecordSchema<T> schema, T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    schema.write(value, new DataOutputStream(bytes));
    return schema.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
  }
}
