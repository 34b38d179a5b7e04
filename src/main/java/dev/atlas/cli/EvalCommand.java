package dev.atlas.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code atlas eval}: scores a dataset against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Scores a dataset against a gold file (not available yet).")
public final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("atlas eval: not available yet");
    return 2;
  }
}
