package dev.sitehub.cloud.contracts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings for projects created from filed contracts. */
@ConfigMapping(prefix = "sitehub.contracts")
public interface ContractsConfig {

  /** IANA time zone given to the site a filed contract creates (quiet hours use it). */
  @WithDefault("Asia/Shanghai")
  String siteTimezone();
}
