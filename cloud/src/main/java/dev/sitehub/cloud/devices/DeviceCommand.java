package dev.sitehub.cloud.devices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A command sent to a box from the portal and the box's answer (table {@code device_command}). */
@Entity
@Table(name = "device_command")
class DeviceCommand {
  @Id
  @Column(name = "command_id")
  String commandId;

  @Column(name = "site_id", nullable = false)
  String siteId;

  @Column(name = "device_id", nullable = false)
  String deviceId;

  @Column(name = "command_type", nullable = false)
  String type;

  @Column(name = "args", nullable = false)
  String args;

  @Column(name = "issued_by")
  String issuedBy;

  @Column(name = "issued_at", nullable = false)
  Instant issuedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  CommandState status;

  @Column(name = "message")
  String message;

  @Column(name = "answered_at")
  Instant answeredAt;

  protected DeviceCommand() {}

  DeviceCommand(
      String commandId,
      String siteId,
      String deviceId,
      String type,
      String args,
      String issuedBy,
      Instant issuedAt) {
    this.commandId = commandId;
    this.siteId = siteId;
    this.deviceId = deviceId;
    this.type = type;
    this.args = args;
    this.issuedBy = issuedBy;
    this.issuedAt = issuedAt;
    this.status = CommandState.SENT;
  }

  SentCommand view() {
    return new SentCommand(
        commandId, siteId, deviceId, type, args, issuedBy, issuedAt, status, message, answeredAt);
  }
}
