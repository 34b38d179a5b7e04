package dev.atlas.pipeline;

import java.util.Optional;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * The counters the read stage keeps as Beam metrics (files read, articles parsed, files rejected,
 * entries found), and their values read back from a {@link PipelineResult}: the runner gathers
 * them from every worker, so they are right on a cluster too.
 *
 * @param filesRead files the read stage has taken up
 * @param articles files parsed into articles
 * @param rejected files rejected
 * @param entries entries found in the articles
 */
public record RunMetrics(long filesRead, long articles, long rejected, long entries) {
  static final Counter FILES_READ = Metrics.counter(RunMetrics.class, "files_read");
  static final Counter ARTICLES = Metrics.counter(RunMetrics.class, "articles");
  static final Counter REJECTED = Metrics.counter(RunMetrics.class, "rejected");
  static final Counter ENTRIES = Metrics.counter(RunMetrics.class, "entries");

  /**
   * Returns the counters of {@code result} as attempted so far (the only values every runner
   * reports, and final once the pipeline is done), counters not yet reported being 0; empty when
   * the runner reports no metrics (a job submitted detached).
   */
  public static Optional<RunMetrics> of(PipelineResult result) {
    MetricQueryResults found;
    try {
      found = result.metrics().queryMetrics(
          MetricsFilter.builder().addNameFilter(MetricNameFilter.inNamespace(RunMetrics.class)).build());
    } catch (UnsupportedOperationException noMetrics) {
      return Optional.empty();
    }
    long files = 0;
    long articles = 0;
    long rejected = 0;
    long entries = 0;
    for (MetricResult<Long> c : found.getCounters()) {
      long v = c.getAttempted() == null ? 0 : c.getAttempted();
      switch (c.getName().getName()) {
        case "files_read" -> files += v;
        case "articles" -> articles += v;
        case "rejected" -> rejected += v;
        case "entries" -> entries += v;
        default -> { }
      }
    }
    return Optional.of(new RunMetrics(files, articles, rejected, entries));
  }
}
