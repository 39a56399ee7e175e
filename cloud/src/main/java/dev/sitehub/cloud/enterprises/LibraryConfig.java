package dev.sitehub.cloud.enterprises;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Ranking and upload settings of the enterprise library. */
@ConfigMapping(prefix = "sitehub.library")
public interface LibraryConfig {

  /** Stars every enterprise is assumed to have before its first evaluation (Bayesian prior). */
  @WithDefault("4.0")
  double priorMean();

  /** How many imaginary evaluations the prior is worth; higher favours long records. */
  @WithDefault("10")
  double priorWeight();
}
