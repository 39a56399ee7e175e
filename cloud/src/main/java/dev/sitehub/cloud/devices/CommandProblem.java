package dev.sitehub.cloud.devices;

/**
 * A refusal of the configuration form on the fleet page, shown under the field; {@code fleetmsg}
 * words each one under {@code problem_$CONSTANT}.
 */
public enum CommandProblem {
  /** No setting was typed. */
  CONFIG_REQUIRED,
  /** A line is not {@code key=value}. */
  CONFIG_MALFORMED,
  /** More settings than one command carries. */
  CONFIG_TOO_MANY
}
