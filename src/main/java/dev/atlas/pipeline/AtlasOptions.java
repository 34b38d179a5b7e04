package dev.atlas.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Options of the Atlas run pipeline, settable as {@code --name=value} flags. */
public interface AtlasOptions extends PipelineOptions {
  @Description("Folder (or glob) of article files to read")
  @Default.String("input")
  String getInput();

  void setInput(String value);

  @Description("Folder the dataset is written to; replaced atomically when the run completes")
  @Default.String("output")
  String getOutput();

  void setOutput(String value);

  @Description("Files larger than this many bytes are rejected with reason too_large")
  @Default.Long(20L * 1024 * 1024)
  Long getMaxFileBytes();

  void setMaxFileBytes(Long value);

  @Description("Time budget for reading and extracting one file, in milliseconds")
  @Default.Long(10_000L)
  Long getFileTimeoutMillis();

  void setFileTimeoutMillis(Long value);

  @Description("Number of shards the groupings use (name join, project fold)")
  @Default.Integer(16)
  Integer getShards();

  void setShards(Integer value);
}
