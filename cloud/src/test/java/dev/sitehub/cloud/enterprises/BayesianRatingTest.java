package dev.sitehub.cloud.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Verifies that the Bayesian average rewards a long good record over a lucky few reviews. */
class BayesianRatingTest {
  private final BayesianRating rating = new BayesianRating(4.0, 10);

  @Test
  void score_oneFiveStarVersusFiftyFourPointEight_fiftyWin() {
    double single = rating.score(1, 5.0);
    double fifty = rating.score(50, 50 * 4.8);
    assertThat(fifty).isGreaterThan(single);
    assertThat(single).isCloseTo(45.0 / 11, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void score_noReviews_priorMean() {
    assertThat(rating.score(0, 0)).isEqualTo(4.0);
  }

  @Test
  void score_manyReviews_approachesTheirMean() {
    assertThat(rating.score(100_000, 100_000 * 4.5)).isBetween(4.499, 4.5);
  }

  @Test
  void score_impossibleTotals_refused() {
    assertThatThrownBy(() -> rating.score(1, 6)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rating.score(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BayesianRating(0, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BayesianRating(4, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
