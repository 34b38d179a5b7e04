package dev.atlas.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.testing.AtlasCli;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/** The Beam options the run command hands the runner: fast defaults for users, the checks on in tests. */
class RunCommandTest {
  private static DirectOptions parsed(List<String> args) {
    return PipelineOptionsFactory.fromArgs(RunCommand.withRunnerDefaults(args)).as(DirectOptions.class);
  }

  @Test
  void usersRunWithoutThePerElementChecks() {
    assertTrue(List.of(RunCommand.withRunnerDefaults(List.of()))
        .containsAll(List.of("--enforceImmutability=false", "--enforceEncodability=false")));
    assertFalse(parsed(List.of()).isEnforceImmutability());
    assertFalse(parsed(List.of()).isEnforceEncodability());
  }

  @Test
  void theTestsRunWithThePerElementChecks() {
    assertTrue(parsed(AtlasCli.CHECKS).isEnforceImmutability());
    assertTrue(parsed(AtlasCli.CHECKS).isEnforceEncodability());
    List<String> args = List.of(RunCommand.withRunnerDefaults(AtlasCli.CHECKS));
    assertTrue(args.containsAll(AtlasCli.CHECKS), args.toString());
    assertFalse(args.contains("--enforceImmutability=false") || args.contains("--enforceEncodability=false"), args.toString());
  }

  @Test
  void flinkGetsObjectReuseUnlessTheUserSaysOtherwise() {
    assertTrue(List.of(RunCommand.withRunnerDefaults(List.of("--runner=FlinkRunner")))
        .containsAll(List.of("--objectReuse=true", "--fasterCopy=true")));
    assertFalse(List.of(RunCommand.withRunnerDefaults(List.of())).contains("--objectReuse=true"), "Flink's options only on Flink");
    List<String> mine = List.of(RunCommand.withRunnerDefaults(List.of("--runner=FlinkRunner", "--objectReuse=false")));
    assertTrue(mine.contains("--objectReuse=false"), mine.toString());
    assertFalse(mine.contains("--objectReuse=true"), mine.toString());
  }
}
