package dev.atlas.cli;

import dev.atlas.dataset.DatasetFiles;
import dev.atlas.report.DatasetSnapshot;
import dev.atlas.report.PageAssets;
import dev.atlas.report.ReportModel;
import dev.atlas.report.ReportPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atlas report}: writes a dataset as one self-contained HTML page. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes one self-contained HTML page about a dataset: headline counts, projects per domain and per"
          + " framework, the top projects by stars and by articles, a sortable and filterable table of every"
          + " project, the articles and the rejected files. With --previous, or on a cumulative dataset whose"
          + " star history spans months, it also shows star movers, new and dropped projects and the star"
          + " histories of the biggest movers. Charts are Apache ECharts, inlined: the page loads nothing from"
          + " the network. Prints the page's path."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:page written", "1:the page could not be written", "2:a folder is not an Atlas dataset"})
public final class ReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DATASET_DIR", description = "The dataset folder to report on.")
  Path dataset;

  @Option(names = "--previous", paramLabel = "OLD_DIR",
      description = "An older dataset: star movers, new and dropped projects are computed against it, as atlas diff"
          + " OLD_DIR DATASET_DIR reports them.")
  Path previous;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Where to write the page (default: report.html inside DATASET_DIR).")
  Path output;

  @Option(names = "--timestamp",
      description = "Print the time of writing in the page's footer. Off by default, so the same dataset gives a"
          + " byte-identical page.")
  boolean timestamp;

  @Override
  public Integer call() {
    DatasetSnapshot now;
    DatasetSnapshot before;
    try {
      now = DatasetSnapshot.read(dataset);
      before = previous == null ? null : DatasetSnapshot.read(previous);
    } catch (IOException e) {
      System.err.println("atlas report: " + e.getMessage());
      return 2;
    }
    String at = timestamp ? Instant.now().truncatedTo(ChronoUnit.SECONDS).toString() : "";
    String page = ReportPage.render(ReportModel.of(now, before, "atlas " + Atlas.VERSION, at), PageAssets.load());
    Path file = output != null ? output : dataset.resolve(DatasetFiles.REPORT);
    Path staging = file.resolveSibling("." + file.getFileName() + ".partial");
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(staging, page, StandardCharsets.UTF_8);
      Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      System.err.println("atlas report: cannot write " + file + ": " + e.getMessage());
      try {
        Files.deleteIfExists(staging);
      } catch (IOException ignored) {
        // the message above already says the page was not written
      }
      return 1;
    }
    System.out.println(file);
    return 0;
  }
}
