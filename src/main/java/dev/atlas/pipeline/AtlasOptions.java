package dev.atlas.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Options of the Atlas run pipeline, settable as {@code --name=value} flags. The defaults below are
 * the only place the limits are written: the run command's flags and the benchmark loop read them.
 */
public interface AtlasOptions extends PipelineOptions {
  /** Default folder of articles. */
  String DEFAULT_INPUT = "input";
  /** Default dataset folder. */
  String DEFAULT_OUTPUT = "output";
  /** Default size limit of one file: 20 MB. */
  long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
  /** Default time budget of one file, in milliseconds. */
  long DEFAULT_FILE_TIMEOUT_MILLIS = 10_000L;
  /** Default least number of read shards. */
  int DEFAULT_SHARDS = 16;

  @Description("Folder (or glob) of article files to read")
  @Default.String(DEFAULT_INPUT)
  String getInput();

  void setInput(String value);

  @Description("Folder the dataset is written to; replaced atomically when the run completes")
  @Default.String(DEFAULT_OUTPUT)
  String getOutput();

  void setOutput(String value);

  @Description("Files larger than this many bytes are rejected with reason too_large")
  @Default.Long(DEFAULT_MAX_FILE_BYTES)
  Long getMaxFileBytes();

  void setMaxFileBytes(Long value);

  @Description("Time budget for reading and extracting one file, in milliseconds")
  @Default.Long(DEFAULT_FILE_TIMEOUT_MILLIS)
  Long getFileTimeoutMillis();

  void setFileTimeoutMillis(Long value);

  @Description("Least number of read shards; files are read in shards of about 500 files")
  @Default.Integer(DEFAULT_SHARDS)
  Integer getShards();

  void setShards(Integer value);
}
