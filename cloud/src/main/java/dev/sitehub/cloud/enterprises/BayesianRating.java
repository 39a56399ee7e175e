package dev.sitehub.cloud.enterprises;

/**
 * A Bayesian average of star ratings: every enterprise starts with {@code priorWeight} imaginary
 * reviews at {@code priorMean}, so a handful of perfect reviews cannot outrank a long record of
 * very good ones.
 */
public record BayesianRating(double priorMean, double priorWeight) {
  public BayesianRating {
    if (priorMean < 1 || priorMean > 5) {
      throw new IllegalArgumentException("prior mean must be within 1..5 stars");
    }
    if (priorWeight <= 0) {
      throw new IllegalArgumentException("prior weight must be positive");
    }
  }

  /** The ranked score for {@code count} reviews whose stars add up to {@code starSum}. */
  public double score(long count, double starSum) {
    if (count < 0 || starSum < 0 || starSum > 5.0 * count) {
      throw new IllegalArgumentException("inconsistent rating totals");
    }
    return (priorWeight * priorMean + starSum) / (priorWeight + count);
  }
}
