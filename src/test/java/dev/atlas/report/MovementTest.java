package dev.atlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.dataset.Project;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Movement inside a cumulative dataset: the latest month against the figures before it. */
class MovementTest {
  private static Project project(String id, Long stars, String firstSeen, String lastSeen) {
    return new Project(id, id.substring(id.indexOf(':') + 1), "", "", stars, false, lastSeen, List.of(), List.of(),
        List.of(), List.of(), 1, firstSeen, lastSeen, List.of());
  }

  private static DatasetSnapshot dataset(List<Project> projects, List<StarPoint> history) {
    return new DatasetSnapshot("d", projects, List.of(), List.of(), history);
  }

  @Test
  void comparesTheLatestFigureOfTheLastMonthWithTheLatestBeforeIt() {
    DatasetSnapshot d = dataset(List.of(project("github:a/a", 130L, "2026-10-01", "2026-11-20"),
        project("github:b/b", 50L, "2026-10-02", "2026-10-02"), project("github:c/c", 70L, "2026-11-03", "2026-11-03")),
        List.of(new StarPoint("github:a/a", "2026-10-01", 90, "1.md"), new StarPoint("github:a/a", "2026-10-25", 100, "2.md"),
            new StarPoint("github:a/a", "2026-11-20", 120, "3.md"), new StarPoint("github:a/a", "2026-11-20", 130, "4.md"),
            new StarPoint("github:b/b", "2026-10-02", 50, "1.md"), new StarPoint("github:c/c", "2026-11-03", 70, "3.md"),
            new StarPoint("github:a/a", "", 999, "undated.md")));
    Movement m = Movement.withinHistory(d).orElseThrow();
    assertEquals(1, m.movers().size());
    Mover a = m.movers().get(0);
    assertEquals(100, a.before(), "the latest October figure, not the first");
    assertEquals(130, a.after(), "the larger of two figures on the last date");
    assertEquals(30, a.delta());
    assertEquals(30.0, a.percent());
    assertEquals("the months before 2026-11", m.since());
    assertEquals(List.of("github:c/c"), m.added().stream().map(Project::projectId).toList());
    assertEquals(List.of("github:b/b"), m.dropped().stream().map(Project::projectId).toList());
    assertEquals(List.of("2026-10-01=90", "2026-10-25=100", "2026-11-20=120", "2026-11-20=130"),
        m.histories().get(0).points().stream().map(p -> p.date() + "=" + p.stars()).toList());
  }

  @Test
  void oneMonthOfHistoryIsNoMovement() {
    DatasetSnapshot d = dataset(List.of(project("github:a/a", 120L, "2026-11-01", "2026-11-20")),
        List.of(new StarPoint("github:a/a", "2026-11-01", 100, "1.md"), new StarPoint("github:a/a", "2026-11-20", 120, "2.md")));
    assertTrue(Movement.withinHistory(d).isEmpty());
    assertTrue(Movement.withinHistory(dataset(List.of(), List.of())).isEmpty());
  }
}
