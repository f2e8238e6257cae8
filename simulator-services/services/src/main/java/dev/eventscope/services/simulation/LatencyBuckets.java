package dev.eventscope.services.simulation;

import dev.eventscope.services.simulation.SimulationReport.LatencyBucket;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/** Order latencies in buckets that double (1, 2, 4 … ms), for a histogram chart. */
public final class LatencyBuckets {
  private LatencyBuckets() {}

  public static List<LatencyBucket> of(Histogram micros) {
    List<LatencyBucket> buckets = new ArrayList<>();
    if (micros.getTotalCount() == 0) return buckets;
    for (HistogramIterationValue value : micros.logarithmicBucketValues(1_000, 2.0)) {
      buckets.add(new LatencyBucket(value.getValueIteratedTo() / 1_000.0, value.getCountAddedInThisIterationStep()));
    }
    return buckets;
  }
}
