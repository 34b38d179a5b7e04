package dev.atlas.cli;

import dev.atlas.bench.CorpusGenerator;
import dev.atlas.bench.PlainLoop;
import dev.atlas.bench.Truth;
import dev.atlas.bench.TruthCheck;
import dev.atlas.dataset.DatasetAssembler;
import dev.atlas.dataset.DatasetOutput;
import dev.atlas.dataset.OutputFailure;
import dev.atlas.pipeline.AtlasOptions;
import dev.atlas.pipeline.InputFiles;
import dev.atlas.resolve.ProjectBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.values.KV;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atlas bench}: the benchmark's building blocks (see bench/benchmark.sh and BENCHMARKS.md). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmark tools: generate a corpus with ground truth, run the plain single-threaded loop, check a dataset against the truth.",
    subcommands = {BenchCommand.Generate.class, BenchCommand.Loop.class, BenchCommand.Check.class})
public final class BenchCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.err);
  }

  /** {@code atlas bench generate}. */
  @Command(name = "generate", mixinStandardHelpOptions = true,
      description = "Writes N articles in every supported layout into DIR, and DIR/../<name>.truth.tsv.")
  static final class Generate implements Callable<Integer> {
    @Option(names = "--articles", required = true, description = "Number of articles.")
    int articles;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", required = true, description = "Folder to write (must not exist or be empty).")
    Path dir;

    @Override
    public Integer call() throws Exception {
      long start = System.nanoTime();
      Truth truth = CorpusGenerator.generate(dir, articles, seed);
      System.err.printf("atlas bench generate: %s in %.1f s%n", truth, (System.nanoTime() - start) / 1e9);
      return 0;
    }
  }

  /** {@code atlas bench loop}. */
  @Command(name = "loop", mixinStandardHelpOptions = true,
      description = "Runs the extraction and resolution code in one thread without Beam and writes the same dataset.")
  static final class Loop implements Callable<Integer> {
    @Option(names = "--input", required = true, description = "Folder of articles.")
    String input;

    @Option(names = "--output", required = true, description = "Dataset folder.")
    Path output;

    @Override
    public Integer call() throws Exception {
      long start = System.nanoTime();
      List<KV<String, String>> files = InputFiles.resolve(input);
      List<PlainLoop.Input> inputs = new ArrayList<>();
      files.forEach(f -> inputs.add(new PlainLoop.Input(f.getKey(), Path.of(f.getValue()))));
      Path out = output.toAbsolutePath().normalize();
      PlainLoop.Seconds[] phases = new PlainLoop.Seconds[1];
      long[] assembling = new long[1];
      DatasetAssembler.Counts counts;
      try {
        counts = DatasetOutput.write(out, parts -> {
          phases[0] = PlainLoop.run(inputs, parts, AtlasOptions.DEFAULT_MAX_FILE_BYTES, AtlasOptions.DEFAULT_FILE_TIMEOUT_MILLIS);
          assembling[0] = System.nanoTime();
        }, new DatasetAssembler.RunInfo(Atlas.VERSION, input, "PlainLoop", "", files.size(), 0), ProjectBuilder::build);
      } catch (OutputFailure e) {
        System.err.println("atlas bench loop: " + e.getMessage());
        return 1;
      }
      System.err.printf("atlas bench loop: %d files, %d entries, %d projects, %.1f s%n", counts.filesMatched(),
          counts.entries(), counts.projects(), (System.nanoTime() - start) / 1e9);
      System.err.printf("  read, extract and write parts %.1f s, join names %.1f s, assemble %.1f s%n",
          phases[0].extract(), phases[0].resolve(), (System.nanoTime() - assembling[0]) / 1e9);
      return 0;
    }
  }

  /** {@code atlas bench check}. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Compares a dataset's mentions.csv with a generated truth file; exit 1 unless F1 = 1.")
  static final class Check implements Callable<Integer> {
    @Option(names = "--truth", required = true, description = "The .truth.tsv file.")
    Path truth;

    @Option(names = "--output", required = true, description = "Dataset folder.")
    Path output;

    @Override
    public Integer call() throws Exception {
      TruthCheck.Result r = TruthCheck.check(truth, output.resolve("mentions.csv"));
      System.out.println(r);
      return r.f1() == 1.0 && Files.exists(output) ? 0 : 1;
    }
  }
}
