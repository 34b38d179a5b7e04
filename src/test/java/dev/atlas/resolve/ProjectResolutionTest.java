package dev.atlas.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.atlas.dataset.Mention;
import dev.atlas.dataset.Project;
import dev.atlas.testing.Rows;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectResolutionTest {
  static Mention linked(String file, String name, String repo, Long stars, String date) {
    return Rows.of(Mention.SCHEMA, "article_file", file, "position", "1", "project_id", "github:" + repo, "name", name,
        "heading", name, "repo", repo, "url", "https://github.com/" + repo, "stars", stars == null ? "" : stars.toString(),
        "line", "1", "published", date);
  }

  static Mention named(String file, String name, Long stars, String date) {
    return Rows.of(Mention.SCHEMA, "article_file", file, "position", "1", "project_id", ProjectKeys.ofName(name),
        "name", name, "heading", name, "stars", stars == null ? "" : stars.toString(), "line", "1", "published", date);
  }

  @Test
  void projectStarsComeFromTheMostRecentDatedArticleElseTheLargest() {
    Project p = ProjectBuilder.build("github:a/b", List.of(
        linked("old.md", "B", "a/b", 900L, "2026-10-01"),
        linked("new.md", "B", "a/b", 800L, "2026-11-01"),
        linked("undated.md", "B", "a/b", 5000L, "")));
    assertEquals(800L, p.stars());
    assertEquals("2026-11-01", p.starsDate());
    assertEquals("2026-10-01", p.firstSeen());
    assertEquals("2026-11-01", p.lastSeen());
    assertEquals(3, p.articleCount());
    Project undated = ProjectBuilder.build("name:x", List.of(named("a", "X", 10L, ""), named("b", "x", 30L, "")));
    assertEquals(30L, undated.stars());
    assertEquals("X", undated.name());
    assertEquals(List.of("x"), undated.aliases());
  }
}
