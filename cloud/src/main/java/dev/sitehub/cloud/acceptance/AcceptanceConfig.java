package dev.sitehub.cloud.acceptance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Acceptance criteria settings; defaults from DOMAIN.md, all overridable per deployment. */
@ConfigMapping(prefix = "sitehub.acceptance")
public interface AcceptanceConfig {
  /** Hours the leak sensor must stay dry in a closed-water test when the declaration names none. */
  @WithDefault("48")
  int closedWaterHours();

  /** A leak reading at or above this value counts as wet (digital probes report 0 or 1). */
  @WithDefault("0.5")
  double leakWetThreshold();

  /** The longest gap between readings that still counts as covered. */
  @WithDefault("PT30M")
  Duration maxGap();

  /** Length of the pipe pressure test. */
  @WithDefault("PT30M")
  Duration pressureWindow();

  /** Test pressure the pipes must start at, MPa. */
  @WithDefault("0.6")
  double pressureMinMpa();

  /** Largest allowed pressure drop over the window, MPa. */
  @WithDefault("0.05")
  double pressureMaxDropMpa();

  /** Hours of the curing window when the declaration names none. */
  @WithDefault("72")
  int curingHours();

  /** Lowest curing temperature, degC. */
  @WithDefault("5")
  double curingMinC();

  /** Highest curing temperature, degC. */
  @WithDefault("35")
  double curingMaxC();

  /** Highest curing relative humidity, %. */
  @WithDefault("85")
  double curingMaxRh();

  /** GB 50325-2020 Class I formaldehyde limit, mg/m3. */
  @WithDefault("0.07")
  double formaldehydeMax();

  /** GB 50325-2020 Class I TVOC limit, mg/m3. */
  @WithDefault("0.45")
  double tvocMax();

  /** Days of the stage (most recent first) that contribute one camera still each to a record. */
  @WithDefault("60")
  int stillDays();

  /** The newest camera stills of the stage added to a record besides the daily ones. */
  @WithDefault("3")
  int latestStills();

  default Limits limits() {
    return new Limits(
        leakWetThreshold(),
        maxGap(),
        pressureWindow(),
        pressureMinMpa(),
        pressureMaxDropMpa(),
        curingMinC(),
        curingMaxC(),
        curingMaxRh(),
        formaldehydeMax(),
        tvocMax());
  }
}
