package dev.sitehub.cloud.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Verifies that every fact a verdict can carry has a label constant (and so a message the build
 * checks), and no constant is left over after a fact is removed.
 */
class CriterionFactTest {
  @Test
  void everyCriterionDataComponent_hasExactlyOneFact() {
    var components =
        Arrays.stream(CriterionData.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(n -> !n.equals("legacyDetail"))
            .toList();

    assertThat(components.stream().map(CriterionFact::ofComponent).toList())
        .containsExactlyInAnyOrder(CriterionFact.values());
    assertThat(CriterionFact.ofComponent("firstBreachAt")).isEqualTo(CriterionFact.FIRST_BREACH_AT);
  }
}
