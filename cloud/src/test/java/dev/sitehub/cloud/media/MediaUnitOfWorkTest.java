package dev.sitehub.cloud.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.cloud.common.UnitOfWork;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Verifies that the media feature's Hibernate Reactive units of work commit whole or not at all,
 * against the real database.
 */
@QuarkusTest
class MediaUnitOfWorkTest {
  @Inject TimelapseRepository jobs;
  @Inject TimelapseJobs timelapseJobs;
  @Inject SnapshotRequestRepository requests;
  @Inject SnapshotRequests snapshotRequests;
  @Inject UnitOfWork work;

  /**
   * Verifies that when a unit of work queues a time-lapse job, records a snapshot request and then
   * fails on a request whose command id is taken, neither the job nor the first request is kept.
   */
  @Test
  void jobAndRequestThenDuplicateCommand_allRolledBack() {
    String site = TestFrames.uniqueId("site");
    Instant now = Instant.now();
    String taken = "cmd-" + UUID.randomUUID();
    work.write(() -> requests.insert(request(taken, site, now)));
    UUID job = UUID.randomUUID();
    String first = "cmd-" + UUID.randomUUID();
    TimelapseRequest r =
        new TimelapseRequest(
            site,
            "cam1",
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 1),
            ZoneOffset.UTC,
            Set.of(),
            10,
            "alice");

    assertThatThrownBy(
            () ->
                work.write(
                    () ->
                        jobs.insert(job, r, now)
                            .chain(() -> requests.insert(request(first, site, now)))
                            .chain(() -> requests.insert(request(taken, site, now)))))
        .satisfies(e -> assertThat(UnitOfWork.isUniqueViolation(e)).isTrue());

    assertThat(timelapseJobs.find(site, job)).isEmpty();
    assertThat(snapshotRequests.find(site, first)).isEmpty();
    assertThat(snapshotRequests.find(site, taken)).isPresent();
  }

  private static SnapshotRequestEntity request(String commandId, String site, Instant now) {
    return new SnapshotRequestEntity(
        commandId, site, "dev1", "cam1", "alice", now, now.plusSeconds(30));
  }
}
