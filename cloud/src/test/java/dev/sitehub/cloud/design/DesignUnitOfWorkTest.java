package dev.sitehub.cloud.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.attachments.AttachmentType;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Verifies that a design confirmation and its evidence link commit in one Hibernate Reactive unit
 * of work, against the real database: when the evidence append fails, the confirmation written
 * before it in the same transaction is rolled back too.
 */
@QuarkusTest
class DesignUnitOfWorkTest {
  @Inject LifecycleFixtures fixtures;
  @Inject TestUsers users;
  @Inject DesignRepository proposals;
  @Inject EvidenceService evidence;
  @Inject UnitOfWork work;
  @Inject Db db;

  @Test
  void confirm_evidenceAppendFails_confirmationRolledBack() {
    Site s = fixtures.project(1_000_000L);
    String designer = users.user(Role.DESIGNER).userId();
    String proposal = "dsg-uow-" + UUID.randomUUID();
    String confirmation = "dcf-uow-" + UUID.randomUUID();
    Instant now = Instant.now();
    long links = db.count("SELECT count(*) FROM evidence_link WHERE project_id = ?", s.projectId());
    work.write(
        () ->
            proposals.insertProposal(
                proposal,
                s.projectId(),
                designer,
                "",
                "k",
                "0".repeat(64),
                AttachmentType.PNG,
                now));

    assertThatThrownBy(
            () ->
                work.write(
                    () ->
                        proposals
                            .confirm(confirmation, s.projectId(), proposal, designer, now)
                            .chain(
                                () ->
                                    evidence.appending(
                                        s.projectId(),
                                        RecordKind.DESIGN_CONFIRMATION,
                                        "no-such-confirmation"))))
        .isInstanceOf(RuntimeException.class)
        .hasStackTraceContaining("no-such-confirmation");

    assertThat(
            db.count(
                "SELECT count(*) FROM design_confirmation WHERE confirmation_id = ?", confirmation))
        .isZero();
    assertThat(db.count("SELECT count(*) FROM evidence_link WHERE project_id = ?", s.projectId()))
        .isEqualTo(links);
  }
}
