package dev.sitehub.cloud.telemetry;

import dev.sitehub.protocol.RejectReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The ingestion meters exported at /q/metrics: readings (rate = readings/s), rejects by reason,
 * batch write latency, ack lag (receipt to acknowledgement), dedupe hits and gaps.
 */
// @Startup: the meters must exist (at zero) before the first message, so dashboards see them.
@Startup
@ApplicationScoped
public class IngestMetrics {
  private final Counter readings;
  private final Counter events;
  private final Counter duplicates;
  private final Counter gaps;
  private final Counter writeFailures;
  private final Timer batchLatency;
  private final Timer ackLag;
  private final Map<RejectReason, Counter> rejects = new EnumMap<>(RejectReason.class);

  public IngestMetrics(MeterRegistry registry) {
    readings = registry.counter("sitehub.ingest.readings");
    events = registry.counter("sitehub.ingest.events");
    duplicates = registry.counter("sitehub.ingest.duplicates");
    gaps = registry.counter("sitehub.ingest.gaps");
    writeFailures = registry.counter("sitehub.ingest.write.failures");
    batchLatency = Timer.builder("sitehub.ingest.batch.latency").register(registry);
    ackLag = Timer.builder("sitehub.ingest.ack.lag").register(registry);
    for (RejectReason r : RejectReason.values()) {
      rejects.put(r, registry.counter("sitehub.ingest.rejects", "reason", r.code()));
    }
  }

  void reject(RejectReason reason) {
    rejects.get(reason).increment();
  }

  public double rejected(RejectReason reason) {
    return rejects.get(reason).count();
  }

  public double readingsStored() {
    return readings.count();
  }

  public double duplicates() {
    return duplicates.count();
  }

  void stored(int readingCount, int eventCount, int duplicateCount, int gapCount) {
    readings.increment(readingCount);
    events.increment(eventCount);
    duplicates.increment(duplicateCount);
    gaps.increment(gapCount);
  }

  void writeFailed() {
    writeFailures.increment();
  }

  void batch(Duration d) {
    batchLatency.record(d);
  }

  void acked(long receivedNanos) {
    ackLag.record(Duration.ofNanos(System.nanoTime() - receivedNanos));
  }
}
