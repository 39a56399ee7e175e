package dev.sitehub.cloud.devices;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.protocol.message.Command;
import dev.sitehub.protocol.message.CommandResult;
import dev.sitehub.protocol.message.CommandType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Sends a box the commands an installer gives from the portal (restart, a configuration push),
 * records each one, and stores the box's answer when its result comes back over MQTT. The caller
 * checks who may act (site membership and role, as for revoke); this checks the box is in service
 * on that site.
 */
@ApplicationScoped
public class DeviceCommands {
  private static final Logger LOG = Logger.getLogger(DeviceCommands.class);

  /** The box ignores a command older than this (it may have been offline meanwhile). */
  static final Duration TTL = Duration.ofMinutes(10);

  private final DeviceRepository devices;
  private final DeviceCommandRepository commands;
  private final CommandChannel channel;
  private final UnitOfWork work;
  private final Clock clock;

  DeviceCommands(
      DeviceRepository devices,
      DeviceCommandRepository commands,
      CommandChannel channel,
      UnitOfWork work,
      Clock clock) {
    this.devices = devices;
    this.commands = commands;
    this.channel = channel;
    this.work = work;
    this.clock = clock;
  }

  /** Asks the box to restart its agent. */
  public SentCommand restart(String siteId, String deviceId, String actorId) {
    return send(siteId, deviceId, CommandType.RESTART, Map.of(), actorId);
  }

  /**
   * Pushes configuration values ({@code key=value}, the keys the agent accepts remotely); the box
   * validates them as a whole and answers REJECTED naming a bad key.
   */
  public SentCommand pushConfig(
      String siteId, String deviceId, Map<String, String> settings, String actorId) {
    if (settings.isEmpty()) {
      throw ProblemException.badRequest("config-required", "at least one setting is required");
    }
    return send(siteId, deviceId, CommandType.CONFIG_SET, settings, actorId);
  }

  private SentCommand send(
      String siteId, String deviceId, CommandType type, Map<String, String> args, String actorId) {
    Boolean inService =
        work.read(
            () ->
                devices
                    .findById(deviceId)
                    .map(d -> d != null && d.siteId.equals(siteId) && d.revokedAt == null));
    if (!inService) {
      throw ProblemException.notFound("device-not-found", "no such device in service on this site");
    }
    Instant now = clock.instant();
    Command cmd =
        new Command(UUID.randomUUID().toString(), type.wireName(), now, now.plus(TTL), args);
    DeviceCommand row =
        new DeviceCommand(
            cmd.commandId(), siteId, deviceId, type.wireName(), describe(args), actorId, now);
    work.write(() -> commands.insert(row));
    if (!channel.offer(siteId, deviceId, cmd)) {
      work.write(() -> commands.notSent(cmd.commandId(), clock.instant()));
      LOG.warnf(
          "command not sent site=%s device=%s type=%s command=%s",
          siteId, deviceId, type.wireName(), cmd.commandId());
      row.status = CommandState.NOT_SENT;
      return row.view();
    }
    LOG.infof(
        "command sent site=%s device=%s type=%s command=%s",
        siteId, deviceId, type.wireName(), cmd.commandId());
    return row.view();
  }

  /**
   * A box's answer to a command. Returns false when it answers none of this feature's commands
   * (another feature's, or one already answered), so the caller may ignore it.
   */
  public boolean onResult(String siteId, String deviceId, CommandResult result) {
    CommandState state =
        switch (result.status()) {
          case OK -> CommandState.OK;
          case ERROR -> CommandState.ERROR;
          case REJECTED -> CommandState.REJECTED;
        };
    boolean stored =
        work.write(
            () ->
                commands.answer(
                    result.commandId(),
                    siteId,
                    deviceId,
                    state,
                    result.message(),
                    clock.instant()));
    if (stored) {
      LOG.infof(
          "command result site=%s device=%s command=%s status=%s",
          siteId, deviceId, result.commandId(), state);
    }
    return stored;
  }

  /** The newest commands sent to boxes of these sites, newest first, at most {@code limit}. */
  public List<SentCommand> recent(List<String> siteIds, int limit) {
    if (siteIds.isEmpty() || limit <= 0) {
      return List.of();
    }
    return work.read(() -> commands.recent(siteIds, limit));
  }

  private static String describe(Map<String, String> args) {
    return new TreeMap<>(args)
        .entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
  }
}
