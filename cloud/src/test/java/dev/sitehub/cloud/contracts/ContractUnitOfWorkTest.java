package dev.sitehub.cloud.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.enterprises.EnterpriseType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Verifies that the contracts feature's Hibernate Reactive units of work commit whole or not at
 * all, against the real database.
 */
@QuarkusTest
class ContractUnitOfWorkTest {
  @Inject BusinessFixtures fixtures;
  @Inject TestUsers users;
  @Inject ContractService contracts;
  @Inject ProjectService projects;
  @Inject ContractRepository repository;
  @Inject UnitOfWork work;
  @Inject Ids ids;

  /**
   * Verifies that when a statement fails after a contract, its parties and its first version were
   * written in the same unit of work, none of them is left behind.
   */
  @Test
  void insert_failsAfterContractWritten_nothingStored() {
    UserAccount customer = users.user(Role.HOMEOWNER);
    BusinessFixtures.Company deco =
        fixtures.company(
            EnterpriseType.DECORATION_COMPANY, fixtures.uniqueCity(), true, Role.PROJECT_MANAGER);
    String filed = fixtures.filedProject(customer, deco);
    ContractTerms terms = contracts.filedTerms(projects.get(filed).contractId()).orElseThrow();
    String id = ids.next("ctr");
    Instant now = Instant.now();

    // Version 1 again breaks the version key once contract, parties and version 1 are written.
    assertThatThrownBy(
            () ->
                work.write(
                    () ->
                        repository
                            .insert(id, terms, customer.userId(), now)
                            .chain(
                                () ->
                                    repository.insertAmendment(
                                        id, 1, terms, customer.userId(), now))))
        .isInstanceOf(RuntimeException.class);

    assertThat(work.read(() -> repository.currentVersion(id))).isEmpty();
    assertThat(work.read(() -> repository.versions(id))).isEmpty();
    assertThat(work.read(() -> repository.contractIdsFor(customer.userId(), null)))
        .doesNotContain(id);
  }
}
