package dev.atlas.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code atlas diff}: compares two datasets. */
@Command(name = "diff", mixinStandardHelpOptions = true, description = "Compares two Atlas datasets (not available yet).")
public final class DiffCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("atlas diff: not available yet");
    return 2;
  }
}
