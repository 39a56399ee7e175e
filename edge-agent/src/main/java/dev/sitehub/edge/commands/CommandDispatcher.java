package dev.sitehub.edge.commands;

import dev.sitehub.edge.config.ConfigException;
import dev.sitehub.edge.uplink.CommandSink;
import dev.sitehub.protocol.message.Command;
import dev.sitehub.protocol.message.CommandResult;
import dev.sitehub.protocol.message.CommandType;
import dev.sitehub.protocol.message.ResultStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Turns each cloud command into exactly one result: known commands are executed, expired, unknown
 * or malformed ones are REJECTED, and failures are ERROR. Never throws.
 */
public final class CommandDispatcher implements CommandSink {
  static final Duration MAX_LIVE = Duration.ofMinutes(30);

  private final String deviceId;
  private final CameraControl cameras;
  private final ConfigChanger config;
  private final Runnable restart;
  private final Clock clock;

  public CommandDispatcher(
      String deviceId, CameraControl cameras, ConfigChanger config, Runnable restart, Clock clock) {
    this.deviceId = deviceId;
    this.cameras = cameras;
    this.config = config;
    this.restart = restart;
    this.clock = clock;
  }

  @Override
  public CommandResult handle(Command c) {
    Optional<CommandType> type = c.knownType();
    if (type.isEmpty()) {
      return result(c, ResultStatus.REJECTED, "unknown command type '" + c.type() + "'", Map.of());
    }
    if (c.expiresAt() != null && clock.instant().isAfter(c.expiresAt())) {
      return result(c, ResultStatus.REJECTED, "command expired", Map.of());
    }
    try {
      return switch (type.get()) {
        case PING -> result(c, ResultStatus.OK, "pong", Map.of("ts", clock.instant().toString()));
        case SNAPSHOT -> snapshot(c);
        case STREAM_START -> streamStart(c);
        case STREAM_STOP -> streamStop(c);
        case CONFIG_SET -> configSet(c);
        case RESTART -> restart(c);
      };
    } catch (ConfigException e) {
      return result(c, ResultStatus.REJECTED, e.getMessage(), Map.of("key", e.key()));
    } catch (IllegalArgumentException e) {
      return result(c, ResultStatus.REJECTED, e.getMessage(), Map.of());
    } catch (RuntimeException e) {
      return result(c, ResultStatus.ERROR, e.getClass().getSimpleName(), Map.of());
    }
  }

  private String camera(Command c) {
    String cam = c.args().get("camera");
    if (cam == null) {
      if (cameras.cameraIds().size() == 1) {
        return cameras.cameraIds().iterator().next();
      }
      throw new IllegalArgumentException("argument 'camera' is required");
    }
    if (!cameras.cameraIds().contains(cam)) {
      throw new IllegalArgumentException("unknown camera '" + cam + "'");
    }
    return cam;
  }

  private CommandResult snapshot(Command c) {
    String cam = camera(c);
    return cameras.snapshot(cam)
        ? result(c, ResultStatus.OK, "snapshot queued", Map.of("camera", cam))
        : result(c, ResultStatus.ERROR, "camera has no frame", Map.of("camera", cam));
  }

  private CommandResult streamStart(Command c) {
    String cam = camera(c);
    long seconds;
    try {
      seconds = Long.parseLong(c.args().getOrDefault("seconds", "60"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("argument 'seconds' must be an integer");
    }
    if (seconds < 1 || seconds > MAX_LIVE.toSeconds()) {
      throw new IllegalArgumentException("argument 'seconds' must be 1.." + MAX_LIVE.toSeconds());
    }
    Instant until = cameras.startLive(cam, Duration.ofSeconds(seconds));
    return result(c, ResultStatus.OK, "live", Map.of("camera", cam, "until", until.toString()));
  }

  private CommandResult streamStop(Command c) {
    String cam = camera(c);
    cameras.stopLive(cam);
    return result(c, ResultStatus.OK, "idle", Map.of("camera", cam));
  }

  private CommandResult configSet(Command c) {
    if (c.args().isEmpty()) {
      throw new IllegalArgumentException("config_set needs at least one key=value argument");
    }
    String hash = config.apply(c.args());
    return result(c, ResultStatus.OK, "stored; restarting to apply", Map.of("configHash", hash));
  }

  private CommandResult restart(Command c) {
    restart.run();
    return result(c, ResultStatus.OK, "restarting", Map.of());
  }

  private CommandResult result(
      Command c, ResultStatus status, String message, Map<String, String> data) {
    return new CommandResult(c.commandId(), deviceId, status, clock.instant(), message, data);
  }
}
