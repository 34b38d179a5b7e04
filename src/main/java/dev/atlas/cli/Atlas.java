package dev.atlas.cli;

import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code atlas} command: one subcommand per thing a user does. */
@Command(
    name = "atlas",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    versionProvider = Atlas.Version.class,
    description = "Turns articles about open-source ML projects into a clean, deduplicated dataset.",
    subcommands = {RunCommand.class, DiffCommand.class, EvalCommand.class, ExplainCommand.class, ReportCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Atlas implements Runnable {
  /** The tool's version, as written into run.json. */
  public static final String VERSION = "1.0.0";

  /**
   * Runs the command line and exits with its status; a command that reads a whole corpus first
   * moves into a JVM with a bounded heap ({@link OwnJvm}) unless the user set one.
   */
  public static void main(String[] args) {
    OptionalInt own = OwnJvm.runIfNeeded(args);
    if (own.isPresent()) {
      System.exit(own.getAsInt());
    }
    OwnJvm.followParent();
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit status (0 ok, 1 failure or difference, 2 usage error). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Atlas());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("atlas: " + e);
      if (System.getenv("ATLAS_DEBUG") != null) {
        e.printStackTrace(cmd.getErr());
      }
      return 1;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  /** Supplies {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"atlas " + VERSION};
    }
  }
}
