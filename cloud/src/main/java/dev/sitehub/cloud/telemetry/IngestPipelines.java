package dev.sitehub.cloud.telemetry;

import dev.sitehub.cloud.mqtt.Acker;
import dev.sitehub.cloud.mqtt.DeliveryPipelines;
import dev.sitehub.protocol.MessageCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** Builds ingestion pipelines from the application's beans (the MQTT wiring and tests use it). */
@ApplicationScoped
class IngestPipelines implements DeliveryPipelines {
  private final IngestConfig config;
  private final MessageCodec codec;
  private final DeviceDirectory directory;
  private final TelemetryWriter writer;
  private final IngestMetrics metrics;
  private final RejectLog rejectLog;
  private final Instance<IngestObserver> observers;

  public IngestPipelines(
      IngestConfig config,
      MessageCodec codec,
      DeviceDirectory directory,
      TelemetryWriter writer,
      IngestMetrics metrics,
      RejectLog rejectLog,
      Instance<IngestObserver> observers) {
    this.config = config;
    this.codec = codec;
    this.directory = directory;
    this.writer = writer;
    this.metrics = metrics;
    this.rejectLog = rejectLog;
    this.observers = observers;
  }

  @Override
  public IngestPipeline create(Acker acker) {
    return new IngestPipeline(
        config, codec, directory, writer, metrics, rejectLog, acker, observers.stream().toList());
  }
}
