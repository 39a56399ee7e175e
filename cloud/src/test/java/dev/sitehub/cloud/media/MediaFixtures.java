package dev.sitehub.cloud.media;

import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.devices.ClaimView;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.protocol.message.FrameReason;
import dev.sitehub.protocol.message.ProvisionRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Media data for API tests: an archived still, a snapshot request, finished time-lapse jobs. */
@ApplicationScoped
public class MediaFixtures {
  public static final String CAMERA = "cam1";
  private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

  private final SnapshotArchive archive;
  private final SnapshotRequests requests;
  private final TimelapseService timelapses;
  private final DeviceService devices;
  private final Map<String, String> devicePerSite = new ConcurrentHashMap<>();
  private final Map<String, Long> snapshots = new ConcurrentHashMap<>();
  private final Map<String, UUID> finished = new ConcurrentHashMap<>();

  public MediaFixtures(
      SnapshotArchive archive,
      SnapshotRequests requests,
      TimelapseService timelapses,
      DeviceService devices) {
    this.devices = devices;
    this.archive = archive;
    this.requests = requests;
    this.timelapses = timelapses;
  }

  /**
   * An active device of the site, provisioned once per site and never revoked (the device
   * endpoints' own fixture device may be).
   */
  public String device(String siteId) {
    return devicePerSite.computeIfAbsent(
        siteId,
        s -> {
          ClaimView claim = devices.createClaim(s, null);
          String box = "cam-box-" + UUID.randomUUID().toString().substring(0, 8);
          return devices
              .provision(box, new ProvisionRequest("r", claim.code(), box, "1"))
              .deviceId();
        });
  }

  /** The id of a periodic still of the device's cam1, archived once per site. */
  public long snapshot(String siteId) {
    return snapshots.computeIfAbsent(
        siteId,
        s ->
            archive
                .archive(
                    s,
                    device(s),
                    TestFrames.frame(
                        CAMERA,
                        Instant.now().minusSeconds(30),
                        1,
                        FrameReason.PERIODIC,
                        TestFrames.jpeg(64, 48, 7)))
                .orElseThrow()
                .id());
  }

  /** The command id of a fresh snapshot-now request (sent through the real broker). */
  public String request(String siteId) {
    return requests.request(siteId, device(siteId), CAMERA, "fixture").commandId();
  }

  /**
   * A freshly rendered time-lapse of the site's cam1 from {@code days} daily stills filled with
   * {@link TestFrames#jpeg}'s colour for {@code shade}, so a test can recognise its pixels.
   */
  public UUID renderedTimelapse(String siteId, int shade, int days) {
    LocalDate first = DAY.plusMonths(1);
    for (int d = 0; d < days; d++) {
      archive.archive(
          siteId,
          "dev-fixture",
          TestFrames.frame(
              CAMERA,
              first.plusDays(d).atTime(12, 0).toInstant(ZoneOffset.UTC),
              100 + d,
              FrameReason.DAILY,
              TestFrames.jpeg(640, 360, shade)));
    }
    UUID id =
        timelapses
            .submit(
                new TimelapseRequest(
                    siteId,
                    CAMERA,
                    first,
                    first.plusDays(days - 1),
                    ZoneOffset.UTC,
                    Set.of(),
                    4,
                    "fixture"))
            .id();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> timelapses.find(siteId, id).orElseThrow().status() == TimelapseJob.Status.DONE);
    return id;
  }

  /** A time-lapse job of the site, finished once per site (two daily stills, rendered). */
  public UUID finishedTimelapse(String siteId) {
    return finished.computeIfAbsent(
        siteId,
        s -> {
          for (int d = 0; d < 2; d++) {
            archive.archive(
                s,
                "dev-fixture",
                TestFrames.frame(
                    CAMERA,
                    DAY.plusDays(d).atTime(12, 0).toInstant(ZoneOffset.UTC),
                    d,
                    FrameReason.DAILY,
                    TestFrames.jpeg(64, 48, d)));
          }
          UUID id =
              timelapses
                  .submit(
                      new TimelapseRequest(
                          s, CAMERA, DAY, DAY.plusDays(1), ZoneOffset.UTC, Set.of(), 2, "fixture"))
                  .id();
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () -> timelapses.find(s, id).orElseThrow().status() == TimelapseJob.Status.DONE);
          return id;
        });
  }
}
