package dev.atlas.cli;

import dev.atlas.eval.GoldScorer;
import dev.atlas.eval.Score;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atlas eval}: scores a dataset against a gold file. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the mentions.csv of a dataset against a gold annotation file (the format of"
          + " src/test/resources/fixtures/*/gold.json): entry precision/recall/F1 per article and overall, repo and"
          + " stars accuracy, explicit-domain precision/recall, duplicate groups joined, false merges, and every"
          + " miss and extra."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:scored (and F1 at least --min-f1)", "1:F1 below --min-f1", "2:bad usage or unreadable input"})
public final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, description = "Gold annotation file (JSON).")
  Path gold;

  @Option(names = "--output", defaultValue = "output", description = "Dataset folder to score (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--min-f1", defaultValue = "0", description = "Exit 1 when entry F1 is below this (default: ${DEFAULT-VALUE}).")
  double minF1;

  @Override
  public Integer call() {
    Score score;
    try {
      score = GoldScorer.score(output, gold);
    } catch (IOException e) {
      System.err.println("atlas eval: " + e.getMessage());
      return 2;
    }
    System.out.print(score.report());
    return score.f1() + 1e-9 < minF1 ? 1 : 0;
  }
}
