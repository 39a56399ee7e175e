package dev.sitehub.edge.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.edge.config.ConfigOverrides;
import dev.sitehub.protocol.message.Command;
import dev.sitehub.protocol.message.CommandResult;
import dev.sitehub.protocol.message.ResultStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandDispatcherTest {
  @TempDir Path dir;
  private final AtomicInteger restarts = new AtomicInteger();

  /** A real camera control over an in-memory set of cameras that records live mode. */
  private static final class Cameras implements CameraControl {
    Instant liveUntil;

    @Override
    public Set<String> cameraIds() {
      return Set.of("cam1");
    }

    @Override
    public boolean snapshot(String cameraId) {
      return true;
    }

    @Override
    public Instant startLive(String cameraId, Duration duration) {
      liveUntil = Instant.now().plus(duration);
      return liveUntil;
    }

    @Override
    public void stopLive(String cameraId) {
      liveUntil = null;
    }
  }

  private final Cameras cameras = new Cameras();

  private CommandDispatcher dispatcher() {
    ConfigOverrides overrides = new ConfigOverrides(dir.resolve("overrides.properties"), Map.of());
    return new CommandDispatcher(
        "dev-1",
        cameras,
        changes -> overrides.apply(changes).configHash(),
        restarts::incrementAndGet,
        Clock.systemUTC());
  }

  private static Command cmd(String type, Map<String, String> args, Instant expires) {
    return new Command("c-" + type, type, Instant.now(), expires, args);
  }

  @Test
  void configSet_allowedKey_appliedAndPersisted() throws Exception {
    CommandResult r =
        dispatcher()
            .handle(
                cmd(
                    "config_set",
                    Map.of("camera.cam1.snapshot-seconds", "30", "cameras", "cam1"),
                    null));
    // "cameras" is not remotely changeable, so the whole change is refused, nothing stored.
    assertThat(r.status()).isEqualTo(ResultStatus.REJECTED);
    assertThat(r.data()).containsEntry("key", "cameras");
    assertThat(dir.resolve("overrides.properties")).doesNotExist();
    CommandResult ok =
        dispatcher().handle(cmd("config_set", Map.of("camera.cam1.snapshot-seconds", "30"), null));
    assertThat(ok.status()).isEqualTo(ResultStatus.OK);
    assertThat(ok.data()).containsKey("configHash");
    assertThat(Files.readString(dir.resolve("overrides.properties")))
        .contains("camera.cam1.snapshot-seconds=30");
  }

  @Test
  void configSet_invalidValueOrProtectedKey_rejectedNamingKey() {
    CommandResult bad =
        dispatcher().handle(cmd("config_set", Map.of("heartbeat.seconds", "-5"), null));
    assertThat(bad.status()).isEqualTo(ResultStatus.REJECTED);
    assertThat(bad.data()).containsEntry("key", "heartbeat.seconds");
    CommandResult prot =
        dispatcher().handle(cmd("config_set", Map.of("broker.host", "evil.example"), null));
    assertThat(prot.status()).isEqualTo(ResultStatus.REJECTED);
    assertThat(prot.message()).contains("cannot be changed remotely");
  }

  @Test
  void expiredCommand_rejectedNotExecuted() {
    CommandResult r = dispatcher().handle(cmd("restart", Map.of(), Instant.now().minusSeconds(5)));
    assertThat(r.status()).isEqualTo(ResultStatus.REJECTED);
    assertThat(restarts.get()).isZero();
  }

  @Test
  void streamStartThenStop_liveModeSetAndCleared() {
    CommandDispatcher d = dispatcher();
    CommandResult start = d.handle(cmd("stream_start", Map.of("seconds", "30"), null));
    assertThat(start.status()).isEqualTo(ResultStatus.OK);
    assertThat(cameras.liveUntil).isAfter(Instant.now().plusSeconds(25));
    assertThat(d.handle(cmd("stream_stop", Map.of(), null)).status()).isEqualTo(ResultStatus.OK);
    assertThat(cameras.liveUntil).isNull();
    assertThat(d.handle(cmd("stream_start", Map.of("seconds", "99999"), null)).status())
        .isEqualTo(ResultStatus.REJECTED);
  }

  @Test
  void restart_runsHookAndAnswersOk() {
    assertThat(dispatcher().handle(cmd("restart", Map.of(), null)).status())
        .isEqualTo(ResultStatus.OK);
    assertThat(restarts.get()).isEqualTo(1);
  }
}
