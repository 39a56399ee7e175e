package dev.sitehub.cloud.materials;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Materials and logistics settings ({@code sitehub.materials.*}). */
@ConfigMapping(prefix = "sitehub.materials")
public interface MaterialsConfig {
  /**
   * How far from the delivery time a camera still may be and still be attached to the delivery
   * decision, either way.
   */
  @WithDefault("PT2H")
  Duration snapshotWindow();
}
