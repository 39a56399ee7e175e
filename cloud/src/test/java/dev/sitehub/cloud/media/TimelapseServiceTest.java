package dev.sitehub.cloud.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sitehub.protocol.message.FrameReason;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A time-lapse rendered from archived daily snapshots reads back as H.264 with the expected frames
 * and its index first.
 */
@QuarkusTest
class TimelapseServiceTest {
  @Inject TimelapseService timelapses;
  @Inject SnapshotArchive archive;
  @Inject MediaStore store;
  @Inject io.agroal.api.AgroalDataSource db;
  @Inject java.time.Clock clock;
  @TempDir Path tmp;

  private static final LocalDate DAY0 = LocalDate.of(2026, 11, 1);

  @Test
  void render_twelveDailyStills_mp4HasTwelveFramesAtConfiguredSize() throws Exception {
    String site = TestFrames.uniqueId("site");
    for (int d = 0; d < 12; d++) {
      archive.archive(
          site,
          "dev1",
          TestFrames.frame(
              "cam1",
              DAY0.plusDays(d).atTime(12, 0).toInstant(ZoneOffset.UTC),
              d,
              FrameReason.DAILY,
              TestFrames.jpeg(d % 2 == 0 ? 640 : 320, d % 2 == 0 ? 360 : 180, d * 20)));
    }
    // Not part of the time-lapse: another reason, another camera, outside the range.
    archive.archive(
        site,
        "dev1",
        TestFrames.frame(
            "cam1",
            DAY0.plusDays(3).atTime(13, 0).toInstant(ZoneOffset.UTC),
            100,
            FrameReason.MOTION,
            TestFrames.jpeg(64, 48, 1)));
    archive.archive(
        site,
        "dev1",
        TestFrames.frame(
            "cam2",
            DAY0.plusDays(3).atTime(12, 0).toInstant(ZoneOffset.UTC),
            101,
            FrameReason.DAILY,
            TestFrames.jpeg(64, 48, 2)));
    archive.archive(
        site,
        "dev1",
        TestFrames.frame(
            "cam1",
            DAY0.plusDays(20).atTime(12, 0).toInstant(ZoneOffset.UTC),
            102,
            FrameReason.DAILY,
            TestFrames.jpeg(64, 48, 3)));

    TimelapseJob queued =
        timelapses.submit(
            new TimelapseRequest(
                site,
                "cam1",
                DAY0,
                DAY0.plusDays(11),
                ZoneOffset.UTC,
                Set.of(FrameReason.DAILY),
                4,
                "alice"));

    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                timelapses.find(site, queued.id()).orElseThrow().status().ordinal()
                    >= TimelapseJob.Status.DONE.ordinal());
    TimelapseJob done = timelapses.find(site, queued.id()).orElseThrow();
    assertThat(done.status()).isEqualTo(TimelapseJob.Status.DONE);
    assertThat(done.framesTotal()).isEqualTo(12);
    assertThat(done.progress()).isEqualTo(1.0);

    Path mp4 = tmp.resolve("out.mp4");
    try (InputStream in = store.open(done.resultKey().orElseThrow()).orElseThrow()) {
      Files.write(mp4, in.readAllBytes());
    }
    assertThat(Files.size(mp4)).isEqualTo(done.resultBytes().orElseThrow());
    assertThat(Mp4Boxes.topLevel(mp4))
        .as("faststart: the index comes before the media data")
        .containsSubsequence("ftyp", "moov", "mdat");
    int frames = 0;
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile())) {
      grabber.start();
      assertThat(grabber.getVideoCodec()).isEqualTo(avcodec.AV_CODEC_ID_H264);
      assertThat(grabber.getImageWidth()).isEqualTo(320);
      assertThat(grabber.getImageHeight()).isEqualTo(180);
      assertThat(grabber.getFrameRate()).isEqualTo(4.0);
      Frame f;
      while ((f = grabber.grabImage()) != null) {
        assertThat(f.image).isNotNull();
        frames++;
      }
      grabber.stop();
    }
    assertThat(frames).isEqualTo(12);
  }

  @Test
  void render_noSnapshotsInRange_jobFailsWithReason() {
    String site = TestFrames.uniqueId("site");
    TimelapseJob queued =
        timelapses.submit(
            new TimelapseRequest(site, "cam1", DAY0, DAY0, ZoneOffset.UTC, Set.of(), 10, "alice"));

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                timelapses.find(site, queued.id()).orElseThrow().status()
                    == TimelapseJob.Status.FAILED);
    assertThat(timelapses.find(site, queued.id()).orElseThrow().error())
        .contains("no snapshots in range");
  }

  @Test
  void request_badRangeFpsOrReason_refusedWithTypedError() {
    assertThatThrownBy(
            () -> new TimelapseRequest("s", "c", DAY0.plusDays(1), DAY0, null, Set.of(), 10, "u"))
        .isInstanceOf(InvalidTimelapseException.class)
        .hasMessageContaining("from must be on or before to");
    assertThatThrownBy(() -> new TimelapseRequest("s", "c", DAY0, DAY0, null, Set.of(), 0, "u"))
        .isInstanceOf(InvalidTimelapseException.class)
        .hasMessageContaining("fps");
    assertThatThrownBy(
            () ->
                new TimelapseRequest(
                    "s", "c", DAY0, DAY0, null, Set.of(FrameReason.MOTION), 10, "u"))
        .isInstanceOf(InvalidTimelapseException.class)
        .hasMessageContaining("daily or periodic");
  }

  /**
   * Verifies that a job left "running" by a stopped instance is failed as abandoned, while a job
   * another live instance keeps touching is left alone.
   */
  @Test
  void keepAliveAndSweep_jobOfStoppedInstance_failedAsAbandoned() throws Exception {
    String site = TestFrames.uniqueId("site");
    java.util.UUID orphan = java.util.UUID.randomUUID();
    java.util.UUID alive = java.util.UUID.randomUUID();
    java.time.Instant now = clock.instant();
    openJob(site, orphan, now.minus(Duration.ofMinutes(30)));
    openJob(site, alive, now.minus(Duration.ofSeconds(20)));

    assertThat(timelapses.keepAliveAndSweep()).isGreaterThanOrEqualTo(1);

    TimelapseJob failed = timelapses.find(site, orphan).orElseThrow();
    assertThat(failed.status()).isEqualTo(TimelapseJob.Status.FAILED);
    assertThat(failed.error()).get().asString().contains("abandoned");
    assertThat(failed.finishedAt()).isPresent();
    assertThat(timelapses.find(site, alive).orElseThrow().status())
        .isEqualTo(TimelapseJob.Status.RUNNING);
  }

  private void openJob(String site, java.util.UUID id, java.time.Instant heartbeat)
      throws java.sql.SQLException {
    try (java.sql.Connection c = db.getConnection();
        java.sql.PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO media_timelapse_job (id, site_id, camera_id, from_date, to_date,"
                    + " reasons, fps, status, requested_by, created_at, heartbeat_at)"
                    + " VALUES (?,?,'cam1',?,?,'daily',10,'running','alice',?,?)")) {
      ps.setObject(1, id);
      ps.setString(2, site);
      ps.setObject(3, DAY0);
      ps.setObject(4, DAY0);
      ps.setTimestamp(5, java.sql.Timestamp.from(heartbeat));
      ps.setTimestamp(6, java.sql.Timestamp.from(heartbeat));
      ps.executeUpdate();
    }
  }
}
