package dev.atlas.report;

/**
 * One row of a dataset's {@code stars_history.csv}: a star figure an article states for a project.
 *
 * @param projectId the project
 * @param date the article's date ({@code yyyy-MM-dd}), or empty when undated
 * @param stars the figure
 * @param articleFile the article it comes from
 */
public record StarPoint(String projectId, String date, long stars, String articleFile) {
  /** Returns the month of the date ({@code yyyy-MM}), or empty when the point is undated. */
  public String month() {
    return date.length() >= 7 ? date.substring(0, 7) : "";
  }

  /** Returns this point under another project id (the id a project has in a newer dataset). */
  public StarPoint as(String newProjectId) {
    return new StarPoint(newProjectId, date, stars, articleFile);
  }
}
