package dev.sitehub.cloud.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.protocol.message.Frame;
import dev.sitehub.protocol.message.FrameReason;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Archive and retention against the real database and the configured (filesystem) store. */
@QuarkusTest
class SnapshotArchiveTest {
  @Inject SnapshotArchive archive;
  @Inject Snapshots snapshots;
  @Inject MediaStore store;

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Test
  void archive_periodicFrame_bytesStoredAndMetadataRecorded() throws Exception {
    String site = TestFrames.uniqueId("site");
    byte[] jpeg = TestFrames.jpeg(64, 48, 1);

    Snapshot s =
        archive
            .archive(site, "dev1", TestFrames.frame("cam1", now, 7, FrameReason.PERIODIC, jpeg))
            .orElseThrow();

    assertThat(s.siteId()).isEqualTo(site);
    assertThat(s.reason()).isEqualTo(FrameReason.PERIODIC);
    assertThat(s.sizeBytes()).isEqualTo(jpeg.length);
    assertThat(s.sha256()).isEqualTo(SnapshotArchive.sha256(jpeg)).hasSize(64);
    assertThat(snapshots.find(site, s.id())).contains(s);
    try (InputStream in = store.open(s.storageKey()).orElseThrow()) {
      assertThat(in.readAllBytes()).isEqualTo(jpeg);
    }
  }

  @Test
  void archive_sameFrameTwice_storedOnce() {
    String site = TestFrames.uniqueId("site");
    Frame f = TestFrames.frame("cam1", now, 7, FrameReason.MOTION, TestFrames.jpeg(64, 48, 2));

    assertThat(archive.archive(site, "dev1", f)).isPresent();
    assertThat(archive.archive(site, "dev1", f)).isEmpty();

    assertThat(
            snapshots.search(
                new SnapshotQuery(
                    site, Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), 10)))
        .hasSize(1);
  }

  @Test
  void archive_liveFrame_refused() {
    Frame live = TestFrames.frame("cam1", now, 1, FrameReason.LIVE, TestFrames.jpeg(64, 48, 3));
    assertThatThrownBy(() -> archive.archive("site1", "dev1", live))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void search_byCameraReasonAndRange_returnsMatchesOldestFirst() {
    String site = TestFrames.uniqueId("site");
    byte[] jpeg = TestFrames.jpeg(32, 24, 4);
    archive.archive(
        site, "dev1", TestFrames.frame("cam1", now.minusSeconds(30), 1, FrameReason.DAILY, jpeg));
    archive.archive(
        site, "dev1", TestFrames.frame("cam1", now.minusSeconds(60), 2, FrameReason.DAILY, jpeg));
    archive.archive(
        site, "dev1", TestFrames.frame("cam1", now.minusSeconds(45), 3, FrameReason.MOTION, jpeg));
    archive.archive(
        site, "dev1", TestFrames.frame("cam2", now.minusSeconds(40), 4, FrameReason.DAILY, jpeg));

    var found =
        snapshots.search(
            new SnapshotQuery(
                site,
                Optional.of("cam1"),
                Optional.of(now.minusSeconds(90)),
                Optional.of(now),
                Set.of(FrameReason.DAILY),
                10));

    assertThat(found).extracting(Snapshot::seq).containsExactly(2L, 1L);
    assertThat(snapshots.latest(site, "dev1", "cam1").orElseThrow().seq()).isEqualTo(1L);
  }

  @Test
  void retention_perReason_deletesOnlyExpiredRowsAndBytes() throws Exception {
    String site = TestFrames.uniqueId("site");
    byte[] jpeg = TestFrames.jpeg(32, 24, 5);
    Instant old = now.minus(Duration.ofDays(8));
    Snapshot oldPeriodic =
        archive
            .archive(site, "dev1", TestFrames.frame("cam1", old, 1, FrameReason.PERIODIC, jpeg))
            .orElseThrow();
    Snapshot newPeriodic =
        archive
            .archive(
                site,
                "dev1",
                TestFrames.frame(
                    "cam1", now.minus(Duration.ofDays(1)), 2, FrameReason.PERIODIC, jpeg))
            .orElseThrow();
    Snapshot oldDaily =
        archive
            .archive(site, "dev1", TestFrames.frame("cam1", old, 3, FrameReason.DAILY, jpeg))
            .orElseThrow();
    RetentionPolicy policy =
        new RetentionPolicy(
            Map.of(
                FrameReason.PERIODIC, Duration.ofDays(7), FrameReason.DAILY, Duration.ofDays(400)),
            100_000);

    Map<FrameReason, Integer> deleted =
        new SnapshotRetention(snapshots, store, policy, java.time.Clock.systemUTC()).run();

    assertThat(deleted.get(FrameReason.PERIODIC)).isGreaterThanOrEqualTo(1);
    assertThat(snapshots.find(site, oldPeriodic.id())).isEmpty();
    assertThat(store.open(oldPeriodic.storageKey())).isEmpty();
    assertThat(snapshots.find(site, newPeriodic.id())).isPresent();
    assertThat(snapshots.find(site, oldDaily.id())).isPresent();
    assertThat(store.open(oldDaily.storageKey())).isPresent().get().satisfies(InputStream::close);
  }

  @Test
  void retentionPolicy_liveOrZeroDuration_refused() {
    assertThatThrownBy(() -> new RetentionPolicy(Map.of(FrameReason.LIVE, Duration.ofDays(1)), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetentionPolicy(Map.of(FrameReason.DAILY, Duration.ZERO), 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
