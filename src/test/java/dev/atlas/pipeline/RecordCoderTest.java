package dev.atlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.article.RejectReason;
import dev.atlas.article.Rejection;
import dev.atlas.dataset.ArticleRow;
import dev.atlas.dataset.DatasetFiles;
import dev.atlas.dataset.Mention;
import dev.atlas.dataset.Project;
import dev.atlas.testing.Rows;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;

class RecordCoderTest {
  static final Mention MENTION = Rows.of(Mention.SCHEMA, "article_file", "a.md", "position", "3", "project_id",
      "github:o/r", "name", "R", "heading", "3. R", "repo", "o/r", "url", "https://github.com/o/r", "stars", "12300",
      "stars_approx", "true", "domains", "cv;nlp", "domains_explicit", "cv", "framework", "PyTorch", "rank", "7",
      "author", "李雷 & Zoë", "line", "41", "published", "2024-05-01", "evidence", "heading+repo");
  static final Mention BARE = Rows.of(Mention.SCHEMA, "article_file", "b.md", "position", "1");
  static final Project PROJECT = new Project("github:o/r", "R", "o/r", "https://github.com/o/r", 12_300L, true,
      "2024-05-01", List.of("cv", "nlp"), List.of("cv"), List.of("PyTorch"), List.of(), 1, "2024-05-01", "2024-05-01",
      List.of(MENTION, MENTION));
  static final ArticleRow ARTICLE =
      new ArticleRow("0123456789abcdef", "a.md", "标题", "zh", "2024-05-01", "", "UTF-8", 2, "0123456789abcdef00");
  static final Rejection REJECTION = new Rejection("x.bin", RejectReason.BINARY, "PNG image");

  @Test
  void everyRecordCoderDecodesWhatItEncodes() throws Exception {
    for (Mention m : List.of(MENTION, BARE)) {
      CoderProperties.coderDecodeEncodeEqual(RecordCoder.of(Mention.SCHEMA), m);
    }
    Project empty = new Project("name:x", "X", "", "", null, false, "", List.of(), List.of(), List.of(), List.of(), 0,
        "", "", List.of());
    for (Project p : List.of(PROJECT, empty)) {
      CoderProperties.coderDecodeEncodeEqual(RecordCoder.of(Project.SCHEMA), p);
    }
    CoderProperties.coderDecodeEncodeEqual(RecordCoder.of(ArticleRow.SCHEMA), ARTICLE);
    for (RejectReason reason : RejectReason.values()) {
      CoderProperties.coderDecodeEncodeEqual(RecordCoder.of(DatasetFiles.REJECTION), new Rejection("x.bin", reason, "why"));
    }
    CoderProperties.coderDecodeEncodeEqual(RecordCoder.of(DatasetFiles.REJECTION), REJECTION);
    CoderProperties.coderDeterministic(RecordCoder.of(Project.SCHEMA), PROJECT, PROJECT);
  }

  @Test
  void codersSurviveSerializationAsRunnersShipThem() {
    RecordCoder<Project> coder = RecordCoder.of(Project.SCHEMA);
    Coder<?> copy = SerializableUtils.ensureSerializable(coder);
    CoderProperties.coderSerializable(coder);
    assertEquals(coder, copy);
  }

  @Test
  void aProjectCodesInAThirdOfJavaSerialization() throws Exception {
    int compact = CoderUtils.encodeToByteArray(RecordCoder.of(Project.SCHEMA), PROJECT).length;
    int java = CoderUtils.encodeToByteArray(SerializableCoder.of(Project.class), PROJECT).length;
    assertTrue(compact * 3 < java, compact + " bytes against " + java + " with Java serialization");
  }

  @Test
  void thePipelineRegistersNoJavaSerialization() throws Exception {
    var registry = org.apache.beam.sdk.coders.CoderRegistry.createDefault();
    AtlasPipeline.registerCoders(registry);
    for (Class<?> type : List.of(Mention.class, ArticleRow.class, Rejection.class)) {
      assertTrue(registry.getCoder(type) instanceof RecordCoder, type.getSimpleName());
    }
  }
}
