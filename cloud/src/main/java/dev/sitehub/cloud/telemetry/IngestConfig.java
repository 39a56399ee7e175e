package dev.sitehub.cloud.telemetry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Ingestion pipeline limits: queue, micro-batch bounds, retries and reject logging. */
@ConfigMapping(prefix = "sitehub.ingest")
public interface IngestConfig {

  /**
   * Messages buffered between the MQTT client and the writers, split evenly across their lanes;
   * when a lane is full, receiving blocks.
   */
  @WithDefault("2000")
  int queueCapacity();

  /**
   * Writer threads, each writing its own micro-batches in its own transaction. With HiveMQ CE a
   * connection gets its next batch of 50 only after acknowledging the last, so a single writer's
   * whole cycle (wait, write, commit, ack) bounds throughput; a second writer builds and writes the
   * next batch while the first waits on PostgreSQL. Rows shared by batches (sequence marks, latest
   * values, rollup minutes) are locked late in the transaction and in key order. Default 1: on the
   * 2-core benchmark machine two writers were no better than one (same-run A/B of 2026-12-07: 1,945
   * against 1,816 msg/s committed at 2,000 offered; the writers queue on the same rollup and
   * latest-value rows); raise it where PostgreSQL has cores to spare.
   */
  @WithDefault("1")
  int writers();

  /**
   * Most messages written in one transaction: at least what all connections can have in flight
   * (consumers × 50 with HiveMQ CE), so that one transaction can take a whole round of batches.
   */
  @WithDefault("1000")
  int batchMaxMessages();

  /**
   * Longest wait to fill a micro-batch once its first message is in. 10 ms: the benchmark showed
   * the writer idle 90 % of the time at 100 ms, and this alone took sustained ingestion from 281 to
   * 500 msg/s (docs/BENCHMARKS.md).
   */
  @WithDefault("PT0.01S")
  Duration batchMaxDelay();

  /** Longest pause between retries of a failed write (the pause doubles up to this). */
  @WithDefault("PT5S")
  Duration maxRetryDelay();

  /** A device's rejects are logged at most once per this interval (always counted). */
  @WithDefault("PT1M")
  Duration rejectLogInterval();

  /**
   * How long (device, seq) dedupe keys are kept. Must exceed the protocol's maxPastAge (30 days):
   * older messages are rejected by the codec anyway, so they can never be stored twice.
   */
  @WithDefault("P35D")
  Duration dedupeHorizon();

  /** How long a device's credential row (site, revoked) is cached. */
  @WithDefault("PT30S")
  Duration deviceCacheTtl();
}
