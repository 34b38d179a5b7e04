package dev.atlas.cli;

import dev.atlas.dataset.DatasetReader;
import dev.atlas.dataset.Project;
import dev.atlas.diff.DatasetDiff;
import dev.atlas.diff.DiffReport;
import dev.atlas.diff.ProjectDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas diff}: compares two datasets, like diff(1). */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two Atlas datasets project by project: added, removed and changed projects, and for changed"
          + " ones each field (stars with delta and percent, domains, name, repo, article count). A name-only"
          + " project that gained a GitHub link counts as the same project."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the datasets are equal", "1:they differ", "2:error (not a dataset, other schema version)"})
public final class DiffCommand implements Callable<Integer> {
  /** Output formats of the summary on stdout. */
  enum Format { text, md, csv, json }

  @Parameters(index = "0", description = "The older dataset folder.")
  Path oldDir;

  @Parameters(index = "1", description = "The newer dataset folder.")
  Path newDir;

  @Option(names = "--output", description = "Also write diff.csv, diff.json and diff.md into this folder.")
  Path output;

  @Option(names = "--format", defaultValue = "text", description = "What to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    List<Project> older;
    List<Project> newer;
    try {
      older = DatasetReader.projects(oldDir);
      newer = DatasetReader.projects(newDir);
    } catch (IOException e) {
      System.err.println("atlas diff: " + e.getMessage());
      return 2;
    }
    List<ProjectDiff> diffs = DatasetDiff.compare(older, newer);
    DiffReport report = new DiffReport(diffs, oldDir.toString(), newDir.toString());
    switch (format) {
      case md -> System.out.print(report.markdown());
      case csv -> System.out.print(report.csv());
      case json -> System.out.print(report.json());
      default -> System.out.print(report.text());
    }
    if (output != null) {
      try {
        Files.createDirectories(output);
        Files.writeString(output.resolve("diff.csv"), report.csv(), StandardCharsets.UTF_8);
        Files.writeString(output.resolve("diff.json"), report.json(), StandardCharsets.UTF_8);
        Files.writeString(output.resolve("diff.md"), report.markdown(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        System.err.println("atlas diff: cannot write " + output + ": " + e.getMessage());
        return 2;
      }
    }
    return diffs.isEmpty() ? 0 : 1;
  }
}
