package dev.sitehub.cloud.devices;

import dev.sitehub.protocol.message.CommandType;
import io.quarkus.qute.TemplateData;

/**
 * A command as the fleet page lists it: what, with which settings, who sent it and when (site
 * time), and the box's answer.
 */
@TemplateData
public record FleetCommand(
    CommandType type,
    String args,
    String sentBy,
    String sentAt,
    CommandState state,
    String message,
    String answeredAt) {}
