package dev.atlas.resolve;

import static dev.atlas.resolve.ProjectResolutionTest.linked;
import static dev.atlas.resolve.ProjectResolutionTest.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.atlas.dataset.Mention;
import dev.atlas.dataset.PartsBuffer;
import dev.atlas.dataset.SortedParts;
import dev.atlas.dataset.TableRows;
import dev.atlas.testing.Rows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name join as a run does it: mentions written as parts by {@link FileRows}, joined after. */
class NameJoinTest {
  @Test
  void nameOnlyMentionsJoinTheOneLinkedProjectThatClaimsTheirName(@TempDir Path parts) throws IOException {
    // each file is a bundle of its own: claims and waiting mentions are spread over several parts
    write(parts, linked("a.md", "Detectron", "facebookresearch/detectron", 11248L, ""), named("e.md", "Baselines", null, ""));
    write(parts, named("b.md", "Detectron", null, ""), named("c.md", "Magenta", null, ""),
        linked("f.md", "Baselines", "openai/baselines", 1L, ""));
    write(parts, named("d.md", "magenta", null, ""), linked("g.md", "baselines", "someone/baselines", 1L, ""),
        named("h.md", "detectron2", null, ""));
    assertEquals(5, NameJoin.resolve(parts));
    assertEquals(List.of(
            "a.md github:facebookresearch/detectron", "b.md github:facebookresearch/detectron", "c.md name:magenta",
            "d.md name:magenta", "e.md name:baselines", "f.md github:openai/baselines", "g.md github:someone/baselines",
            "h.md name:detectron2"),
        ids(parts, TableRows.MENTION_PARTS));
    assertEquals(List.of(
            "a.md github:facebookresearch/detectron", "b.md github:facebookresearch/detectron",
            "f.md github:openai/baselines", "g.md github:someone/baselines", "e.md name:baselines",
            "h.md name:detectron2", "c.md name:magenta", "d.md name:magenta"),
        ids(parts, TableRows.PROJECT_MENTION_PARTS), "project order: by id, then article order");
    assertFalse(Files.exists(parts.resolve(TableRows.NAME_ONLY_PARTS)));
    assertFalse(Files.exists(parts.resolve(TableRows.CLAIM_PARTS)));
  }

  @Test
  void aRepoNameClaimsToo(@TempDir Path parts) throws IOException {
    assertEquals(List.of("a.md github:facebookresearch/detectron", "b.md github:facebookresearch/detectron"),
        joined(parts, linked("a.md", "Facebook's detector", "facebookresearch/detectron", null, ""),
            named("b.md", "Detectron", null, "")));
  }

  @Test
  void aNameLinkedOffGithubJoinsNoRepoOfThatName(@TempDir Path parts) throws IOException {
    Mention keras = Rows.of(Mention.SCHEMA, "article_file", "b.md", "position", "1", "project_id", ProjectKeys.ofName("Keras"),
        "name", "Keras", "heading", "Keras", "line", "1", "link", "https://keras.io/api/utils/");
    assertEquals(List.of("a.md github:keras-team/keras", "b.md name:keras"),
        joined(parts, linked("a.md", "Keras", "keras-team/keras", null, ""), keras));
  }

  @Test
  void aCuratedAliasJoinsTwoTitlesOfOneProjectNoLinkClaims(@TempDir Path parts) throws IOException {
    assertEquals(List.of("x.md github:junyanz/pytorch-cyclegan-and-pix2pix", "y.md github:junyanz/pytorch-cyclegan-and-pix2pix"),
        joined(parts, named("x.md", "Image-to-image translation in PyTorch", null, ""),
            named("y.md", "Image-to-Image Translation with Conditional Adversarial Networks", null, "")));
  }

  @Test
  void partsWhereEveryEntryLinksAreLeftAsTheyWere(@TempDir Path parts) throws IOException {
    write(parts, linked("a.md", "Detectron", "facebookresearch/detectron", null, ""));
    assertEquals(0, NameJoin.resolve(parts));
    assertEquals(List.of("a.md github:facebookresearch/detectron"), ids(parts, TableRows.MENTION_PARTS));
    assertFalse(Files.exists(parts.resolve(TableRows.CLAIM_PARTS)), "claims are not kept in the dataset's parts");
  }

  /** Writes {@code mentions} as one bundle, joins names, and returns the mentions' ids in article order. */
  private static List<String> joined(Path parts, Mention... mentions) throws IOException {
    write(parts, mentions);
    NameJoin.resolve(parts);
    return ids(parts, TableRows.MENTION_PARTS);
  }

  private static void write(Path parts, Mention... mentions) throws IOException {
    PartsBuffer buffer = new PartsBuffer(parts);
    for (Mention m : mentions) {
      FileRows.add(buffer, m);
    }
    buffer.flush();
  }

  private static List<String> ids(Path parts, String table) throws IOException {
    List<String> ids = new ArrayList<>();
    SortedParts.merge(parts.resolve(table), row -> {
      Mention m = Mention.SCHEMA.fromBytes(row.data());
      ids.add(m.articleFile() + " " + m.projectId());
    });
    return ids;
  }
}
