package dev.sitehub.cloud.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.protocol.message.CommandResult;
import dev.sitehub.protocol.message.FrameReason;
import dev.sitehub.protocol.message.ResultStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The snapshot-now state machine over the real database, with the device's side played here. */
@QuarkusTest
class SnapshotRequestsTest {
  @Inject SnapshotRequestRepository repository;
  @Inject UnitOfWork work;
  @Inject SnapshotArchive archive;

  private final RecordingCommandSender sent = new RecordingCommandSender();

  private SnapshotRequests requests(Clock clock) {
    return new SnapshotRequests(repository, work, sent, Duration.ofSeconds(30), clock);
  }

  private static CommandResult result(String commandId, String device, ResultStatus status) {
    return new CommandResult(commandId, device, status, Instant.now(), "m", Map.of());
  }

  @Test
  void request_sendsSnapshotCommandForCamera_pending() {
    String site = TestFrames.uniqueId("site");
    SnapshotRequest r = requests(Clock.systemUTC()).request(site, "dev1", "cam2", "alice");

    assertThat(r.status()).isEqualTo(SnapshotRequest.Status.PENDING);
    assertThat(sent.sent())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.command().type()).isEqualTo("snapshot");
              assertThat(s.command().args()).containsEntry("camera", "cam2");
              assertThat(s.command().commandId()).isEqualTo(r.commandId());
            });
  }

  @Test
  void resultOkThenRequestFrame_done_withTheArchivedSnapshot() {
    String site = TestFrames.uniqueId("site");
    SnapshotRequests requests = requests(Clock.systemUTC());
    SnapshotRequest r = requests.request(site, "dev1", "cam1", "alice");

    assertThat(
            requests.onCommandResult(site, "dev1", result(r.commandId(), "dev1", ResultStatus.OK)))
        .isTrue();
    assertThat(requests.find(site, r.commandId()).orElseThrow().status())
        .isEqualTo(SnapshotRequest.Status.ACCEPTED);
    Snapshot s =
        archive
            .archive(
                site,
                "dev1",
                TestFrames.frame(
                    "cam1", Instant.now(), 5, FrameReason.REQUEST, TestFrames.jpeg(32, 24, 1)))
            .orElseThrow();
    requests.onArchived(s);

    SnapshotRequest done = requests.await(site, r.commandId(), Duration.ofSeconds(1));
    assertThat(done.status()).isEqualTo(SnapshotRequest.Status.DONE);
    assertThat(done.snapshotId()).contains(s.id());
  }

  @Test
  void periodicFrameOrOtherCamera_doesNotCompleteRequest() {
    String site = TestFrames.uniqueId("site");
    SnapshotRequests requests = requests(Clock.systemUTC());
    SnapshotRequest r = requests.request(site, "dev1", "cam1", "alice");

    requests.onArchived(
        archive
            .archive(
                site,
                "dev1",
                TestFrames.frame(
                    "cam1", Instant.now(), 6, FrameReason.PERIODIC, TestFrames.jpeg(32, 24, 2)))
            .orElseThrow());
    requests.onArchived(
        archive
            .archive(
                site,
                "dev1",
                TestFrames.frame(
                    "cam9", Instant.now(), 7, FrameReason.REQUEST, TestFrames.jpeg(32, 24, 3)))
            .orElseThrow());

    assertThat(requests.find(site, r.commandId()).orElseThrow().status())
        .isEqualTo(SnapshotRequest.Status.PENDING);
  }

  @Test
  void resultError_finalWithMessage_andUnknownCommandNotClaimed() {
    String site = TestFrames.uniqueId("site");
    SnapshotRequests requests = requests(Clock.systemUTC());
    SnapshotRequest r = requests.request(site, "dev1", "cam1", "alice");

    requests.onCommandResult(site, "dev1", result(r.commandId(), "dev1", ResultStatus.ERROR));

    SnapshotRequest failed = requests.await(site, r.commandId(), Duration.ofSeconds(1));
    assertThat(failed.status()).isEqualTo(SnapshotRequest.Status.ERROR);
    assertThat(failed.message()).contains("m");
    assertThat(
            requests.onCommandResult(
                site, "dev1", result("not-a-request", "dev1", ResultStatus.OK)))
        .isFalse();
    assertThat(
            requests.onCommandResult(site, "dev2", result(r.commandId(), "dev2", ResultStatus.OK)))
        .as("another device cannot answer this request")
        .isFalse();
  }

  @Test
  void noAnswerPastExpiry_expired() {
    String site = TestFrames.uniqueId("site");
    MutableClock clock = new MutableClock(Instant.now());
    SnapshotRequests requests = requests(clock);
    SnapshotRequest r = requests.request(site, "dev1", "cam1", "alice");

    clock.advance(Duration.ofSeconds(31));

    assertThat(requests.find(site, r.commandId()).orElseThrow().status())
        .isEqualTo(SnapshotRequest.Status.EXPIRED);
  }

  @Test
  void request_uplinkDown_typedErrorAndNoRowLeft() {
    String site = TestFrames.uniqueId("site");
    SnapshotRequests down =
        new SnapshotRequests(
            repository,
            work,
            (s, d, c) -> {
              throw new CommandNotSentException("broker not connected", null);
            },
            Duration.ofSeconds(30),
            Clock.systemUTC());

    assertThatThrownBy(() -> down.request(site, "dev1", "cam1", "alice"))
        .isInstanceOf(CommandNotSentException.class);
  }
}
