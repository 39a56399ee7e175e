package dev.sitehub.cloud.enterprises;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Ranking settings of the enterprise library, and its workspace's time zone. */
@ConfigMapping(prefix = "sitehub.library")
public interface LibraryConfig {

  /** Stars every enterprise is assumed to have before its first evaluation (Bayesian prior). */
  @WithDefault("4.0")
  double priorMean();

  /** How many imaginary evaluations the prior is worth; higher favours long records. */
  @WithDefault("10")
  double priorWeight();

  /** Time zone in which the enterprise workspace shows times: an enterprise has no site zone. */
  @WithDefault("Asia/Shanghai")
  String workspaceTimezone();
}
