package dev.sitehub.protocol;

import java.util.regex.Pattern;

/**
 * The one place that builds and parses SiteHub topic strings (scheme version {@value #VERSION}).
 *
 * <pre>
 * sitehub/v1/site/{siteId}/{deviceId}/telemetry | event | status | heartbeat | cmd | cmd/result
 * sitehub/v1/site/{siteId}/{deviceId}/frame/{cameraId}
 * sitehub/v1/provision/{clientId}/request | response
 * </pre>
 *
 * Ids match {@link #ID_PATTERN}, so they can never contain MQTT wildcards, separators or the {@code
 * $} prefix.
 */
public final class Topics {
  public static final String ROOT = "sitehub";
  public static final String VERSION = "v1";
  public static final String SITE_LEVEL = "site";
  public static final String PROVISION_LEVEL = "provision";
  private static final String PREFIX = ROOT + "/" + VERSION + "/";

  /** Letters, digits, '-' and '_', 1 to 64 characters. */
  public static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private Topics() {}

  public static boolean isValidId(String id) {
    return id != null && ID_PATTERN.matcher(id).matches();
  }

  /** Builds a device-scoped topic such as telemetry or cmd. */
  public static String device(TopicKind kind, String siteId, String deviceId) {
    if (kind.scope() != TopicKind.Scope.DEVICE) {
      throw new IllegalArgumentException(kind + " is not device-scoped");
    }
    return PREFIX + SITE_LEVEL + "/" + id(siteId) + "/" + id(deviceId) + "/" + kind.suffix();
  }

  public static String telemetry(String siteId, String deviceId) {
    return device(TopicKind.TELEMETRY, siteId, deviceId);
  }

  public static String event(String siteId, String deviceId) {
    return device(TopicKind.EVENT, siteId, deviceId);
  }

  public static String status(String siteId, String deviceId) {
    return device(TopicKind.STATUS, siteId, deviceId);
  }

  public static String heartbeat(String siteId, String deviceId) {
    return device(TopicKind.HEARTBEAT, siteId, deviceId);
  }

  public static String command(String siteId, String deviceId) {
    return device(TopicKind.COMMAND, siteId, deviceId);
  }

  public static String commandResult(String siteId, String deviceId) {
    return device(TopicKind.COMMAND_RESULT, siteId, deviceId);
  }

  public static String frame(String siteId, String deviceId, String cameraId) {
    return PREFIX
        + SITE_LEVEL
        + "/"
        + id(siteId)
        + "/"
        + id(deviceId)
        + "/"
        + TopicKind.FRAME.suffix()
        + "/"
        + id(cameraId);
  }

  /** Builds a provisioning exchange topic for one unprovisioned client. */
  public static String provisioning(TopicKind kind, String clientId) {
    if (kind.scope() != TopicKind.Scope.CLIENT) {
      throw new IllegalArgumentException(kind + " is not a provisioning topic");
    }
    return PREFIX + PROVISION_LEVEL + "/" + id(clientId) + "/" + kind.suffix();
  }

  /**
   * The filter that matches one kind of topic for every site, device (and camera): what the cloud
   * subscribes to.
   */
  public static String allSitesFilter(TopicKind kind) {
    return switch (kind.scope()) {
      case DEVICE -> PREFIX + SITE_LEVEL + "/+/+/" + kind.suffix();
      case CAMERA -> PREFIX + SITE_LEVEL + "/+/+/" + kind.suffix() + "/+";
      case CLIENT -> PREFIX + PROVISION_LEVEL + "/+/" + kind.suffix();
    };
  }

  /** A shared subscription over {@link #allSitesFilter}, so N cloud instances split the load. */
  public static String sharedFilter(String group, TopicKind kind) {
    return "$share/" + id(group) + "/" + allSitesFilter(kind);
  }

  /** Parses a concrete topic (no wildcards). */
  public static Decoded<ParsedTopic> parse(String topic) {
    if (topic == null || !topic.startsWith(PREFIX)) {
      return badTopic("not under " + PREFIX);
    }
    String[] parts = topic.substring(PREFIX.length()).split("/", -1);
    if (parts.length >= 1 && SITE_LEVEL.equals(parts[0])) {
      return parseSiteTopic(parts);
    }
    if (parts.length == 3 && PROVISION_LEVEL.equals(parts[0]) && isValidId(parts[1])) {
      for (TopicKind kind : TopicKind.values()) {
        if (kind.scope() == TopicKind.Scope.CLIENT && kind.suffix().equals(parts[2])) {
          return Decoded.ok(new ParsedTopic(kind, null, null, null, parts[1]));
        }
      }
    }
    return badTopic("unknown topic layout");
  }

  private static Decoded<ParsedTopic> parseSiteTopic(String[] parts) {
    if (parts.length < 4 || !isValidId(parts[1]) || !isValidId(parts[2])) {
      return badTopic("bad site or device level");
    }
    String site = parts[1];
    String device = parts[2];
    if (parts.length == 5 && TopicKind.FRAME.suffix().equals(parts[3])) {
      return isValidId(parts[4])
          ? Decoded.ok(new ParsedTopic(TopicKind.FRAME, site, device, parts[4], null))
          : badTopic("bad camera level");
    }
    String suffix = parts.length == 4 ? parts[3] : parts[3] + "/" + parts[4];
    if (parts.length > 5) {
      return badTopic("too many levels");
    }
    for (TopicKind kind : TopicKind.values()) {
      if (kind.scope() == TopicKind.Scope.DEVICE && kind.suffix().equals(suffix)) {
        return Decoded.ok(new ParsedTopic(kind, site, device, null, null));
      }
    }
    return badTopic("unknown suffix");
  }

  private static Decoded<ParsedTopic> badTopic(String detail) {
    return Decoded.rejected(RejectReason.BAD_TOPIC, detail);
  }

  private static String id(String value) {
    if (!isValidId(value)) {
      throw new IllegalArgumentException("invalid id: must match " + ID_PATTERN.pattern());
    }
    return value;
  }
}
