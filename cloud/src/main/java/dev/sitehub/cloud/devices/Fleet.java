package dev.sitehub.cloud.devices;

import dev.sitehub.cloud.accounts.UserDirectory;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.protocol.message.CommandType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The boxes of several sites as the fleet page and the installer's home show them: liveness, agent
 * version against the newest one running anywhere, and each box's latest commands with who sent
 * them by name, times in the site's zone.
 */
@ApplicationScoped
public class Fleet {
  static final int MAX_SITES = 200;
  static final int COMMANDS_PER_BOX = 5;
  private static final int MAX_COMMANDS = 500;

  private final DeviceService devices;
  private final DeviceRepository repository;
  private final DeviceCommands commands;
  private final UserDirectory people;
  private final UnitOfWork work;

  Fleet(
      DeviceService devices,
      DeviceRepository repository,
      DeviceCommands commands,
      UserDirectory people,
      UnitOfWork work) {
    this.devices = devices;
    this.repository = repository;
    this.commands = commands;
    this.people = people;
    this.work = work;
  }

  /**
   * Every box of these sites, by site then provisioning order; at most {@value #MAX_SITES} sites.
   */
  public List<FleetBox> boxes(List<Site> sites) {
    List<Site> shown = sites.size() > MAX_SITES ? sites.subList(0, MAX_SITES) : sites;
    if (shown.isEmpty()) {
      return List.of();
    }
    String newest = AgentVersions.newest(work.read(repository::agentVersions));
    List<SentCommand> sent =
        commands.recent(shown.stream().map(Site::siteId).toList(), MAX_COMMANDS);
    Set<String> senders = new HashSet<>();
    sent.forEach(
        c -> {
          if (c.issuedBy() != null) {
            senders.add(c.issuedBy());
          }
        });
    Map<String, String> names = work.read(() -> people.displayNames(senders));
    Map<String, List<SentCommand>> byBox =
        sent.stream().collect(Collectors.groupingBy(c -> c.siteId() + "/" + c.deviceId()));
    List<FleetBox> out = new ArrayList<>();
    for (Site s : shown) {
      for (DeviceView d : devices.list(s.siteId())) {
        List<FleetCommand> lines =
            byBox.getOrDefault(s.siteId() + "/" + d.deviceId(), List.of()).stream()
                .limit(COMMANDS_PER_BOX)
                .map(c -> line(c, s.timezone(), names))
                .toList();
        boolean revoked = d.revokedAt() != null;
        out.add(
            new FleetBox(
                s.siteId(),
                s.name(),
                d.deviceId(),
                d.online() && !revoked,
                revoked,
                d.lastSeen() == null ? null : PortalContext.time(d.lastSeen(), s.timezone()),
                d.agentVersion(),
                !revoked && AgentVersions.outdated(d.agentVersion(), newest),
                newest,
                lines,
                "",
                null));
      }
    }
    return out;
  }

  /** One box of a site, as {@link #boxes} shows it; null when the site has no such box. */
  public FleetBox box(Site site, String deviceId) {
    return boxes(List.of(site)).stream()
        .filter(b -> b.deviceId().equals(deviceId))
        .findFirst()
        .orElse(null);
  }

  private static FleetCommand line(SentCommand c, String zone, Map<String, String> names) {
    String by = c.issuedBy() == null ? null : names.getOrDefault(c.issuedBy(), null);
    return new FleetCommand(
        CommandType.fromWire(c.type()).orElse(CommandType.PING),
        c.args(),
        by,
        PortalContext.time(c.issuedAt(), zone),
        c.state(),
        c.message(),
        c.answeredAt() == null ? null : PortalContext.time(c.answeredAt(), zone));
  }
}
