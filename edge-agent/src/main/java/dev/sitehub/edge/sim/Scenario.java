package dev.sitehub.edge.sim;

import java.time.Duration;

/** Something that happens at a simulated site, {@code at} after the start. */
public sealed interface Scenario {
  Duration at();

  /** The leak probe goes wet (and stays wet). */
  record Leak(Duration at) implements Scenario {}

  /** The sound level rises to {@code dba} for {@code lasting} (noise during quiet hours). */
  record Noise(Duration at, double dba, Duration lasting) implements Scenario {}

  /** Someone walks through at night: PIR and camera motion for {@code lasting}. */
  record MotionAtNight(Duration at, Duration lasting) implements Scenario {}

  /** A camera lens is covered for {@code lasting}. */
  record CameraCovered(Duration at, Duration lasting) implements Scenario {}

  /** The uplink loses the network for {@code lasting}. */
  record NetworkCut(Duration at, Duration lasting) implements Scenario {}

  /**
   * Parses the command-line form: {@code leak@30s}, {@code noise@60s:75dba:20s}, {@code
   * motion@90s:15s}, {@code cover@120s:30s}, {@code netcut@150s:40s}.
   */
  static Scenario parse(String s) {
    String[] head = s.split("@", 2);
    if (head.length != 2) {
      throw new IllegalArgumentException("scenario '" + s + "' must look like name@time[:...]");
    }
    String[] p = head[1].split(":");
    Duration at = duration(p[0]);
    return switch (head[0]) {
      case "leak" -> new Leak(at);
      case "noise" ->
          new Noise(
              at, Double.parseDouble(arg(p, 1, s).replace("dba", "")), duration(arg(p, 2, s)));
      case "motion" -> new MotionAtNight(at, duration(arg(p, 1, s)));
      case "cover" -> new CameraCovered(at, duration(arg(p, 1, s)));
      case "netcut" -> new NetworkCut(at, duration(arg(p, 1, s)));
      default -> throw new IllegalArgumentException("unknown scenario '" + head[0] + "'");
    };
  }

  private static String arg(String[] p, int i, String whole) {
    if (p.length <= i) {
      throw new IllegalArgumentException("scenario '" + whole + "' is missing a parameter");
    }
    return p[i];
  }

  /** {@code 30s}, {@code 5m}, {@code 1500ms}. */
  static Duration duration(String v) {
    try {
      if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      }
      if (v.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
      }
      if (v.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad duration '" + v + "'");
    }
    throw new IllegalArgumentException("duration '" + v + "' needs a unit: ms, s or m");
  }
}
