package dev.sitehub.cloud.settlement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settlement settings. */
@ConfigMapping(prefix = "sitehub.settlement")
public interface SettlementConfig {
  /** Days of warranty observation after the final acceptance before retention is released. */
  @WithDefault("30")
  int warrantyDays();

  /** The sandbox gateway declines single charges above this many fen (to exercise declines). */
  @WithDefault("100000000000")
  long sandboxDeclineAboveFen();
}
