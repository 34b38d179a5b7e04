package dev.atlas.cli;

import dev.atlas.dataset.DatasetAssembler;
import dev.atlas.dataset.DatasetOutput;
import dev.atlas.dataset.OutputFailure;
import dev.atlas.pipeline.AtlasOptions;
import dev.atlas.pipeline.AtlasPipeline;
import dev.atlas.pipeline.InputFiles;
import dev.atlas.pipeline.Progress;
import dev.atlas.pipeline.RunMetrics;
import dev.atlas.resolve.NameJoin;
import dev.atlas.resolve.ProjectBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.values.KV;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code atlas run}: reads a folder of articles and writes the dataset. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Reads article files (.txt, .md, .html; any charset), finds the featured projects, deduplicates them and"
          + " writes mentions.csv, projects.csv, projects.json, articles.csv, rejected.csv, stars_history.csv, their"
          + " typed Parquet twins (mentions, projects, articles) and"
          + " run.json into the output folder.",
      "Any Beam pipeline option is passed through, e.g. --runner=FlinkRunner, --flinkMaster=host:port,"
          + " --targetParallelism=2."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:dataset written", "1:the run failed; the previous output is unchanged",
        "2:bad usage, or the input holds no files"})
public final class RunCommand implements Callable<Integer> {
  @Option(names = "--input", defaultValue = AtlasOptions.DEFAULT_INPUT, description = "Folder or glob of article files (default: ${DEFAULT-VALUE}).")
  String input;

  @Option(names = "--output", defaultValue = AtlasOptions.DEFAULT_OUTPUT, description = "Dataset folder, replaced only when the run completes (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(names = "--previous", description = "A previous dataset folder: its projects are carried into this one (cumulative history).")
  String previous;

  @Option(names = "--max-file-bytes", defaultValue = "" + AtlasOptions.DEFAULT_MAX_FILE_BYTES, description = "Files larger than this are rejected as too_large (default: ${DEFAULT-VALUE}).")
  long maxFileBytes;

  @Option(names = "--file-timeout-ms", defaultValue = "" + AtlasOptions.DEFAULT_FILE_TIMEOUT_MILLIS, description = "Time budget per file; a file over it is rejected as timeout (default: ${DEFAULT-VALUE}).")
  long fileTimeoutMillis;

  @Option(names = "--shards", defaultValue = "" + AtlasOptions.DEFAULT_SHARDS, description = "The least number of read shards; files are read in shards of about 500 (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(names = "--quiet", description = "Print no summary.")
  boolean quiet;

  @Unmatched List<String> beamArgs = new ArrayList<>();

  /**
   * Flink defaults: no defensive copies between chained operators (object reuse, faster copy),
   * which Atlas's DoFns allow: they never change an element they are given.
   */
  static final List<String> FLINK = List.of("objectReuse=true", "fasterCopy=true");

  /**
   * On a Flink cluster ({@code --flinkMaster=host:port}) also up to 5 restarts 15 s apart, which
   * outlasts the 50 s a cluster takes by default to notice a TaskManager is gone. Beam 2.62 applies
   * these two options only to Flink's DataStream translation, so a cluster run uses it for batch
   * too; an embedded run ({@code [local]}, {@code [auto]}) keeps the DataSet translation, as it has
   * no worker to lose.
   */
  static final List<String> FLINK_CLUSTER_RESTARTS =
      List.of("useDataStreamForBatch=true", "numberOfExecutionRetries=5", "executionRetryDelay=15000");

  /**
   * Beam options with runner defaults the user did not set: the DirectRunner's per-element
   * immutability and encodability checks off (they re-encode every element, and the pipeline's
   * DoFns never mutate their inputs; the tests pass both flags as true, so they run with the
   * checks), and on Flink {@link #FLINK}; on a Flink cluster also a restart strategy, so a lost
   * TaskManager costs a restart instead of the run: {@link #FLINK_CLUSTER_RESTARTS}.
   */
  static String[] withRunnerDefaults(List<String> args) {
    List<String> all = new ArrayList<>(args);
    List<String> flags = new ArrayList<>(List.of("enforceImmutability=false", "enforceEncodability=false"));
    if (args.stream().anyMatch(a -> a.startsWith("--runner=") && a.contains("Flink"))) {
      flags.addAll(FLINK);
      if (args.stream().anyMatch(a -> a.startsWith("--flinkMaster=") && !a.endsWith("]"))) {
        flags.addAll(FLINK_CLUSTER_RESTARTS);
      }
    }
    for (String flag : flags) {
      String name = flag.substring(0, flag.indexOf('='));
      if (args.stream().noneMatch(a -> a.startsWith("--" + name))) {
        all.add("--" + flag);
      }
    }
    return all.toArray(String[]::new);
  }

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    List<KV<String, String>> files;
    try {
      files = InputFiles.resolve(input);
    } catch (InputFiles.NoInputException e) {
      System.err.println("atlas run: " + e.getMessage());
      return 2;
    }
    for (String arg : beamArgs) {
      if (!arg.startsWith("--")) {
        System.err.println("atlas run: unexpected argument " + arg + " (Beam options take the form --name=value)");
        return 2;
      }
    }
    Path out = Paths.get(output).toAbsolutePath().normalize();
    try {
      DatasetAssembler.checkReplaceable(out);
    } catch (IOException e) {
      System.err.println("atlas run: " + e.getMessage());
      return 2;
    }
    AtlasOptions options;
    try {
      options = PipelineOptionsFactory.fromArgs(withRunnerDefaults(beamArgs)).withValidation().as(AtlasOptions.class);
    } catch (IllegalArgumentException e) {
      System.err.println("atlas run: " + e.getMessage());
      return 2;
    }
    options.setInput(input);
    options.setOutput(output);
    options.setMaxFileBytes(maxFileBytes);
    options.setFileTimeoutMillis(fileTimeoutMillis);
    options.setShards(shards);
    // The DirectRunner returns its PipelineResult at once, so the progress line can read its metrics.
    options.as(DirectOptions.class).setBlockOnRun(false);
    History history;
    try {
      history = History.load(previous, files);
    } catch (IOException e) {
      System.err.println("atlas run: --previous " + e.getMessage());
      return 2;
    }
    Progress progress = quiet ? null : Progress.start(files.size());
    String runner = options.getRunner().getSimpleName();
    DatasetAssembler.Counts counts;
    AtomicReference<PipelineResult> result = new AtomicReference<>();
    try {
      counts = DatasetOutput.write(out, parts -> {
        history.writeTo(parts);
        Pipeline p = Pipeline.create(options);
        AtlasPipeline.build(p, files, parts.toString(), options);
        PipelineResult running = p.run();
        result.set(running);
        if (progress != null) {
          progress.watch(running);
        }
        running.waitUntilFinish();
        NameJoin.resolve(parts);
      }, new DatasetAssembler.RunInfo(Atlas.VERSION, input, runner, previous == null ? "" : previous, files.size(),
          history.articles().size()), ProjectBuilder::build);
    } catch (OutputFailure e) {
      System.err.println("atlas run: " + e.getMessage());
      return 1;
    } finally {
      if (progress != null) {
        progress.stop();
      }
    }
    if (!quiet) {
      double seconds = (System.nanoTime() - start) / 1e9;
      long parsed = RunMetrics.of(result.get()).map(RunMetrics::articles).orElse(counts.articles() - history.articles().size());
      System.err.printf("atlas run: %d files matched, %d articles parsed%s, %d entries found, %d projects after dedup,"
              + " %d files rejected%s, %.1f s -> %s%n",
          counts.filesMatched(), parsed,
          history.articles().isEmpty() ? "" : " (+" + history.articles().size() + " carried from --previous)",
          counts.entries(), counts.projects(), counts.rejected(),
          counts.rejectedByReason().isEmpty() ? "" : " " + counts.rejectedByReason(), seconds, out);
    }
    return 0;
  }
}
