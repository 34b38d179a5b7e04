package dev.atlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/** The Beam options atlas run adds for a runner when the user did not set them. */
class RunnerDefaultsTest {
  @Test
  void aFlinkClusterRunRestartsAfterALostWorker() {
    String[] args = RunCommand.withRunnerDefaults(List.of("--runner=FlinkRunner", "--flinkMaster=localhost:8081"));
    FlinkPipelineOptions o = PipelineOptionsFactory.fromArgs(args).as(FlinkPipelineOptions.class);
    assertEquals(5, o.getNumberOfExecutionRetries());
    assertEquals(15_000L, o.getExecutionRetryDelay());
    assertTrue(o.getUseDataStreamForBatch(), "Beam applies the retries only in the DataStream translation");
    assertTrue(o.getObjectReuse());
  }

  @Test
  void anEmbeddedFlinkRunKeepsTheDataSetTranslation() {
    for (List<String> args : List.of(List.of("--runner=FlinkRunner"), List.of("--runner=FlinkRunner", "--flinkMaster=[local]"))) {
      FlinkPipelineOptions o = PipelineOptionsFactory.fromArgs(RunCommand.withRunnerDefaults(args)).as(FlinkPipelineOptions.class);
      assertEquals(-1, o.getNumberOfExecutionRetries(), args.toString());
      assertFalse(o.getUseDataStreamForBatch(), args.toString());
    }
  }

  @Test
  void theUsersOwnSettingStands() {
    String[] args = RunCommand.withRunnerDefaults(
        List.of("--runner=FlinkRunner", "--flinkMaster=host:8081", "--numberOfExecutionRetries=0"));
    assertEquals(1, List.of(args).stream().filter(a -> a.startsWith("--numberOfExecutionRetries")).count());
    assertEquals(0, PipelineOptionsFactory.fromArgs(args).as(FlinkPipelineOptions.class).getNumberOfExecutionRetries());
  }
}
