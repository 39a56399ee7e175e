package dev.sitehub.cloud.devices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * One box on the installer's fleet page: its site, whether it answers, its last heartbeat in the
 * site's time zone, its agent version (and whether a newer one runs elsewhere), the commands sent
 * to it lately, and the configuration form's typed text and refusal when it came back.
 */
@TemplateData
public record FleetBox(
    String siteId,
    String siteName,
    String deviceId,
    boolean online,
    boolean revoked,
    String lastHeartbeat,
    String agentVersion,
    boolean outdated,
    String newestVersion,
    List<FleetCommand> commands,
    String settings,
    CommandProblem problem) {

  /** A box the installer should look at: offline or behind the newest agent. */
  public boolean needsAttention() {
    return !revoked && (!online || outdated);
  }

  FleetBox withForm(String typed, CommandProblem refusal) {
    return new FleetBox(
        siteId,
        siteName,
        deviceId,
        online,
        revoked,
        lastHeartbeat,
        agentVersion,
        outdated,
        newestVersion,
        commands,
        typed,
        refusal);
  }
}
