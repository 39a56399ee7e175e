package dev.sitehub.cloud.telemetry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Retention and layout upkeep of the reading table. */
@ConfigMapping(prefix = "sitehub.storage")
public interface StorageConfig {

  /** Readings older than this are dropped (whole days or chunks). */
  @WithDefault("P30D")
  Duration retention();

  /** Native layout: how many future days get a partition in advance. */
  @WithDefault("3")
  int partitionsAhead();

  /** TimescaleDB: chunks older than this are compressed. */
  @WithDefault("P7D")
  Duration compressAfter();

  /** How often upkeep (create ahead, drop old) runs (a Quarkus scheduler duration). */
  @WithDefault("1h")
  String maintainEvery();
}
