package dev.sitehub.cloud.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.media.TestFrames;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Verifies that live view's Hibernate Reactive units of work commit whole or not at all, against
 * the real database.
 */
@QuarkusTest
class ViewerLeaseUnitOfWorkTest {
  @Inject ViewerLeaseRepository repository;
  @Inject ViewerLeases leases;
  @Inject UnitOfWork work;

  /**
   * Verifies that when a unit of work opens a lease, claims the camera's stream and then fails on a
   * second lease with a taken id, neither the first lease nor the stream claim is kept.
   */
  @Test
  void openClaimThenDuplicateLease_allRolledBack() {
    CameraKey camera = new CameraKey(TestFrames.uniqueId("site"), "dev1", "cam1");
    String viewer = TestFrames.uniqueId("v");
    String taken = TestFrames.uniqueId("v");
    Instant now = Instant.now();
    leases.open(taken, "i-other", camera, "bob", now.minusSeconds(60));
    CameraKey other = new CameraKey(camera.siteId(), "dev2", "cam1");

    assertThatThrownBy(
            () ->
                work.write(
                    () ->
                        repository
                            .open(
                                new ViewerLease(viewer, "i-1", other, "alice", now.plusSeconds(30)))
                            .chain(
                                () ->
                                    repository.claimStreamRequest(
                                        other, now.plusSeconds(30), now.plusSeconds(15)))
                            .chain(
                                () ->
                                    repository.open(
                                        new ViewerLease(
                                            taken, "i-1", other, "alice", now.plusSeconds(30))))))
        .satisfies(e -> assertThat(UnitOfWork.isUniqueViolation(e)).isTrue());

    assertThat(leases.count(other, now)).isZero();
    assertThat(leases.streamRequested(other, now)).isFalse();
  }
}
