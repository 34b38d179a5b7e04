package dev.atlas.report;

import java.util.List;

/**
 * The dated star figures of one project, oldest first, for a history chart.
 *
 * @param projectId the project
 * @param name its display name
 * @param points its figures: date and stars, sorted by date then stars, repeats dropped
 */
public record StarSeries(String projectId, String name, List<StarPoint> points) {
  /** Creates a series; the points are copied. */
  public StarSeries {
    points = List.copyOf(points);
  }
}
