package dev.sitehub.cloud.devices;

import dev.sitehub.protocol.message.CommandType;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the installer's fleet page in English; fleetmsg_zh_CN.properties holds the Chinese
 * ones under the same keys, and fleetmsg.properties the English words of the enums.
 */
@MessageBundle(value = "fleetmsg", locale = "en")
public interface FleetMessages {
  @Message("My boxes")
  String title();

  @Message(
      "Every box on the sites you work on. Offline boxes and boxes running an older agent come first to mind: restart them or push a setting here, and see how each one answered.")
  String intro();

  @Message("No boxes yet. Provision one from a site's device page.")
  String noBoxes();

  @Message("Site")
  String site();

  @Message("Box")
  String box();

  @Message("Online")
  String online();

  @Message("Offline")
  String offline();

  @Message("Revoked")
  String revoked();

  @Message("Last heartbeat")
  String lastHeartbeat();

  @Message("never")
  String never();

  @Message("Agent version")
  String agentVersion();

  @Message("unknown")
  String unknown();

  @Message("Out of date (newest {newest})")
  String outdated(String newest);

  @Message("Restart")
  String restart();

  @Message("Restart this box now? Its sensors and cameras stop for about a minute.")
  String confirmRestart();

  @Message("Push configuration")
  String pushConfig();

  @Message("Settings, one key=value per line (for example heartbeat.seconds=30)")
  String settingsLabel();

  @Message("Send")
  String send();

  @Message("Recent commands")
  String commands();

  @Message("No commands sent yet.")
  String noCommands();

  @Message("Command")
  String command();

  @Message("Sent")
  String sentAt();

  @Message("By")
  String sentBy();

  @Message("Result")
  String result();

  @Message("Message")
  String answer();

  @Message("Site devices")
  String siteDevices();

  @Message
  String state(CommandState state);

  @Message
  String type(CommandType type);

  @Message
  String problem(CommandProblem problem);
}
