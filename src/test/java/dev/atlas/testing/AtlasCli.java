package dev.atlas.testing;

import dev.atlas.cli.Atlas;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code atlas run} command line as the tests call it: the user's command with the
 * DirectRunner's immutability and encodability checks turned on, which the command turns off by
 * default for speed. Every element then goes through its coder, so a coder that loses a value, or
 * a step that changes its input, fails the test that runs it.
 */
public final class AtlasCli {
  /** The flags that turn the DirectRunner's element checks on. */
  public static final List<String> CHECKS = List.of("--enforceImmutability=true", "--enforceEncodability=true");

  private AtlasCli() {}

  /** Runs {@code atlas run ARGS} with the element checks on; returns the exit status. */
  public static int run(String... args) {
    List<String> all = new ArrayList<>(List.of("run"));
    all.addAll(List.of(args));
    all.addAll(CHECKS);
    return Atlas.execute(all.toArray(String[]::new));
  }
}
