package dev.sitehub.cloud.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.cloud.common.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verifies exact fen splitting, the 100 % rule and retention limits. */
class PaymentPlanTest {
  private static final List<StageShare> TEMPLATE =
      List.of(
          new StageShare("开工", 4000),
          new StageShare("水电验收", 4000),
          new StageShare("泥木验收", 1500),
          new StageShare("竣工验收", 500));

  @Test
  void split_typicalPlan_amountsAddUpToTotalExactly() {
    List<StagePayment> p = PaymentPlan.split(100_000_01L, TEMPLATE, 500);
    assertThat(p)
        .extracting(StagePayment::amountFen)
        .containsExactly(4_000_000L, 4_000_000L, 1_500_000L, 500_001L);
    assertThat(p.stream().mapToLong(StagePayment::amountFen).sum()).isEqualTo(100_000_01L);
    StagePayment last = p.get(3);
    assertThat(last.retainedFen()).isEqualTo(500_000L);
    assertThat(last.payableFen()).isEqualTo(1L);
  }

  @Test
  void split_awkwardTotal_remainderGoesToLastStage() {
    List<StagePayment> p =
        PaymentPlan.split(
            100,
            List.of(
                new StageShare("a", 3333), new StageShare("b", 3333), new StageShare("c", 3334)),
            0);
    assertThat(p).extracting(StagePayment::amountFen).containsExactly(33L, 33L, 34L);
  }

  @Test
  void split_sharesNot100_typedProblem() {
    assertProblem(
        () ->
            PaymentPlan.split(
                1000, List.of(new StageShare("a", 5000), new StageShare("b", 4999)), 0),
        "shares-not-100-percent");
    assertProblem(
        () ->
            PaymentPlan.split(
                1000, List.of(new StageShare("a", 6000), new StageShare("b", 4001)), 0),
        "shares-not-100-percent");
  }

  @Test
  void split_badInputs_eachTyped() {
    assertProblem(() -> PaymentPlan.split(0, TEMPLATE, 0), "invalid-total");
    assertProblem(() -> PaymentPlan.split(1000, List.of(), 0), "invalid-stages");
    assertProblem(
        () -> PaymentPlan.split(1000, List.of(new StageShare(" ", 10000)), 0), "invalid-stages");
    assertProblem(
        () ->
            PaymentPlan.split(
                1000, List.of(new StageShare("a", 11000), new StageShare("b", -1000)), 0),
        "invalid-share");
    assertProblem(() -> PaymentPlan.split(1000, TEMPLATE, 600), "invalid-retention");
    assertProblem(() -> PaymentPlan.split(1000, TEMPLATE, -1), "invalid-retention");
  }

  private static void assertProblem(Runnable r, String code) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
