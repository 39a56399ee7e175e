package dev.sitehub.cloud.sites;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo data for the local stack: well-known accounts and one site. Never enable in production. */
@ConfigMapping(prefix = "sitehub.demo")
public interface DemoConfig {

  /** Create the demo users and site at startup (idempotent). */
  @WithDefault("false")
  boolean seed();

  /** Password shared by every demo account. */
  @WithDefault("sitehub-demo")
  String password();

  /** Id of the demo site (also its MQTT topic level). */
  @WithDefault("demo-site")
  String siteId();
}
