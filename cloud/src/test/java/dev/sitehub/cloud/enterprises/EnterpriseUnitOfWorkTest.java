package dev.sitehub.cloud.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verifies that the enterprises feature's Hibernate Reactive units of work commit whole or not at
 * all, against the real database.
 */
@QuarkusTest
class EnterpriseUnitOfWorkTest {
  @Inject BusinessFixtures fixtures;
  @Inject TestUsers users;
  @Inject EnterpriseService enterprises;
  @Inject StaffService staff;
  @Inject EnterpriseRatings ratings;
  @Inject Ids ids;

  /**
   * Verifies that a registration whose admin joined another enterprise in the meantime (the staff
   * key refuses the second membership) leaves no enterprise row behind, so its credit code stays
   * free, although the enterprise was inserted earlier in the same transaction.
   */
  @Test
  void register_adminTakenAfterEnterpriseInsert_nothingStored() {
    BusinessFixtures.Company first =
        fixtures.company(EnterpriseType.DECORATION_COMPANY, fixtures.uniqueCity(), false);
    String id = ids.next("ent");
    Enterprise second =
        EnterpriseService.validate(
            id,
            new EnterpriseDraft(
                EnterpriseType.DESIGN_COMPANY,
                "Race " + ids.randomText(4),
                fixtures.creditCode(),
                "Shanghai",
                "",
                List.of("kitchen"),
                3,
                ""));

    // As if the membership check had passed just before the first registration committed.
    assertThat(enterprises.inserted(second, first.admin().userId())).isFalse();

    assertThatThrownBy(() -> enterprises.get(id))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.code()).isEqualTo("enterprise-not-found"));
    UserAccount other = users.user(Role.HOMEOWNER);
    Enterprise again =
        enterprises.register(
            new EnterpriseDraft(
                EnterpriseType.DESIGN_COMPANY,
                second.name(),
                second.creditCode(),
                "Shanghai",
                "",
                List.of(),
                3,
                ""),
            other.userId());
    assertThat(again.creditCode()).isEqualTo(second.creditCode());
    assertThat(staff.activeMembership(other.userId()))
        .hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.ENTERPRISE_ADMIN));
  }

  /** Verifies that an evaluation reported twice is folded into the totals once. */
  @Test
  void record_sameEvaluationTwice_countedOnce() {
    BusinessFixtures.Company c =
        fixtures.company(EnterpriseType.DECORATION_COMPANY, fixtures.uniqueCity(), true);
    String evaluation = ids.next("eval");
    Evaluation ev = new Evaluation(evaluation, c.id(), 5, null, null);

    assertThat(ratings.record(ev)).isTrue();
    assertThat(ratings.record(ev)).isFalse();

    Enterprise e = enterprises.get(c.id());
    assertThat(e.ratingCount()).isEqualTo(1);
    assertThat(e.ratingSum()).isEqualTo(5);
  }
}
