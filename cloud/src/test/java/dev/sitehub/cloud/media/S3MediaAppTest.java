package dev.sitehub.cloud.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.protocol.message.FrameReason;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The application with {@code sitehub.media.store=s3} against S3Proxy in this JVM: snapshots are
 * archived to and deleted by retention from the bucket, and a time-lapse is streamed from it with
 * range requests, as the portal's video element asks for it.
 */
@QuarkusTest
@TestProfile(S3MediaAppTest.S3Store.class)
class S3MediaAppTest {
  @Inject MediaStore store;
  @Inject SnapshotArchive archive;
  @Inject Snapshots snapshots;
  @Inject MediaFixtures media;
  @Inject TestUsers users;

  /** The S3 store, on a bucket of S3Proxy started for this profile. */
  public static class S3Store implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(S3ServerResource.class));
    }
  }

  /** Starts S3Proxy with a bucket and points the media configuration at it. */
  public static class S3ServerResource implements QuarkusTestResourceLifecycleManager {
    private S3Server server;

    @Override
    public Map<String, String> start() {
      try {
        server = S3Server.start();
        server.store("media-app").close();
      } catch (Exception e) {
        throw new IllegalStateException("S3Proxy did not start", e);
      }
      return Map.of(
          "sitehub.media.store",
          "s3",
          "sitehub.media.s3.endpoint",
          server.endpoint(),
          "sitehub.media.s3.bucket",
          "media-app",
          "sitehub.media.s3.access-key",
          S3Server.ACCESS_KEY,
          "sitehub.media.s3.secret-key",
          S3Server.SECRET_KEY);
    }

    @Override
    public void stop() {
      try {
        if (server != null) {
          server.close();
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void archiveThenRetention_s3Store_objectStoredThenDeletedWithItsRow() throws Exception {
    assertThat(store.kind()).isEqualTo("s3");
    String site = TestFrames.uniqueId("s3site");
    byte[] jpeg = TestFrames.jpeg(64, 48, 11);
    Instant old = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(9));
    Snapshot s =
        archive
            .archive(site, "dev1", TestFrames.frame("cam1", old, 1, FrameReason.PERIODIC, jpeg))
            .orElseThrow();
    try (InputStream in = store.open(s.storageKey()).orElseThrow()) {
      assertThat(in.readAllBytes()).isEqualTo(jpeg);
    }

    new SnapshotRetention(
            snapshots,
            store,
            new RetentionPolicy(Map.of(FrameReason.PERIODIC, Duration.ofDays(7)), 100_000),
            java.time.Clock.systemUTC())
        .run();

    assertThat(snapshots.find(site, s.id())).isEmpty();
    assertThat(store.open(s.storageKey())).isEmpty();
  }

  @Test
  void video_rangeRequestsOnS3_partialContentWithContentRange() throws Exception {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    UUID job = media.finishedTimelapse(site.siteId());
    VideoRanges.assertServedWithRanges(
        "/api/sites/" + site.siteId() + "/timelapses/" + job + "/video", TestUsers.token(owner));
  }
}
