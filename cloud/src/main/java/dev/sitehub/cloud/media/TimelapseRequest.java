package dev.sitehub.cloud.media;

import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.FrameReason;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What to render: one camera of a site over a date range (inclusive, in the site's zone), from
 * snapshots of the given reasons, at fps frames per second.
 */
public record TimelapseRequest(
    String siteId,
    String cameraId,
    LocalDate from,
    LocalDate to,
    ZoneId zone,
    Set<FrameReason> reasons,
    int fps,
    String requestedBy) {
  /** Longest range one job may cover. */
  public static final int MAX_DAYS = 1000;

  /** Reads wire reason names ("daily", "periodic"); none means the default, daily. */
  public static Set<FrameReason> reasonsFromWire(List<String> names) {
    Set<FrameReason> reasons = EnumSet.noneOf(FrameReason.class);
    for (String name : names == null ? List.<String>of() : names) {
      reasons.add(
          FrameReason.fromWire(name)
              .orElseThrow(() -> new InvalidTimelapseException("unknown reason")));
    }
    return reasons;
  }

  public TimelapseRequest {
    if (!Topics.isValidId(siteId) || !Topics.isValidId(cameraId)) {
      throw new InvalidTimelapseException("site and camera must be valid ids");
    }
    if (from == null || to == null || from.isAfter(to)) {
      throw new InvalidTimelapseException("from must be on or before to");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new InvalidTimelapseException("range is longer than " + MAX_DAYS + " days");
    }
    if (fps < 1 || fps > 60) {
      throw new InvalidTimelapseException("fps must be between 1 and 60");
    }
    if (reasons == null || reasons.isEmpty()) {
      reasons = Set.of(FrameReason.DAILY);
    }
    if (!Set.of(FrameReason.DAILY, FrameReason.PERIODIC).containsAll(reasons)) {
      throw new InvalidTimelapseException("a time-lapse is made from daily or periodic snapshots");
    }
    reasons = Set.copyOf(reasons);
    zone = zone == null ? ZoneId.of("UTC") : zone;
  }
}
