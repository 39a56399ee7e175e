package dev.sitehub.cloud.telemetry;

import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.protocol.message.SensorKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Telemetry of one site: latest values, series per sensor, events. Members only. */
@Path("/api/sites/{siteId}")
@Tag(name = "telemetry")
public class TelemetryResource {
  static final int MAX_RAW_POINTS = 10_000;
  static final Duration MAX_RANGE = Duration.ofDays(93);
  private static final Pattern BUCKET = Pattern.compile("(\\d{1,4})([smhd])");

  private final TelemetryQueries queries;
  private final SiteAccess access;
  private final JsonWebToken caller;
  private final Clock clock;

  public TelemetryResource(
      TelemetryQueries queries, SiteAccess access, JsonWebToken caller, Clock clock) {
    this.queries = queries;
    this.access = access;
    this.caller = caller;
    this.clock = clock;
  }

  @GET
  @Path("readings/latest")
  @RolesAllowed("**")
  public List<LatestReadingView> latest(@PathParam("siteId") String siteId) {
    access.requireMember(caller, siteId);
    return queries.latest(siteId);
  }

  /**
   * Raw points, or avg/min/max/last per bucket when {@code bucket} (e.g. 1m, 15m, 1h) is set;
   * buckets need {@code kind} (e.g. temperature), because one sensor may report several kinds.
   * {@code format=columns} answers buckets as parallel arrays ({@link BucketColumns}), which charts
   * draw directly; the default is one object per bucket ({@link SeriesView}).
   */
  @GET
  @Path("sensors/{sensorId}/readings")
  @RolesAllowed("**")
  public Object series(
      @PathParam("siteId") String siteId,
      @PathParam("sensorId") String sensorId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("kind") String kind,
      @QueryParam("bucket") String bucket,
      @QueryParam("format") String format) {
    access.requireMember(caller, siteId);
    boolean columns = "columns".equals(format);
    if (format != null && !columns && !"objects".equals(format)) {
      throw ProblemException.badRequest("invalid-format", "format must be objects or columns");
    }
    Instant end = to == null ? clock.instant() : instant("to", to);
    Instant start = from == null ? end.minus(Duration.ofDays(1)) : instant("from", from);
    checkRange(start, end);
    if (bucket == null) {
      if (columns) {
        throw ProblemException.badRequest("invalid-format", "format=columns needs a bucket");
      }
      return new SeriesView(
          siteId,
          sensorId,
          start,
          end,
          null,
          queries.layout(),
          queries.raw(siteId, sensorId, kind, start, end, MAX_RAW_POINTS),
          null);
    }
    Duration width = bucket(bucket);
    if (kind == null || SensorKind.fromWire(kind).isEmpty()) {
      throw ProblemException.badRequest(
          "invalid-kind", "bucketed queries need kind, a sensor kind such as temperature");
    }
    List<BucketPoint> buckets = queries.buckets(siteId, sensorId, kind, start, end, width);
    if (columns) {
      return BucketColumns.of(siteId, sensorId, start, end, bucket, queries.layout(), buckets);
    }
    return new SeriesView(siteId, sensorId, start, end, bucket, queries.layout(), null, buckets);
  }

  @GET
  @Path("events")
  @RolesAllowed("**")
  public List<EventView> events(
      @PathParam("siteId") String siteId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") Integer limit) {
    access.requireMember(caller, siteId);
    Instant end = to == null ? clock.instant().plus(Duration.ofMinutes(5)) : instant("to", to);
    Instant start = from == null ? end.minus(Duration.ofDays(7)) : instant("from", from);
    checkRange(start, end);
    int n = limit == null ? 200 : limit;
    if (n < 1 || n > 1000) {
      throw ProblemException.badRequest("invalid-limit", "limit must be 1-1000");
    }
    return queries.events(siteId, start, end, n);
  }

  static Duration bucket(String text) {
    Matcher m = BUCKET.matcher(text);
    if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
      throw ProblemException.badRequest(
          "invalid-bucket", "bucket must look like 30s, 1m, 15m, 1h or 1d");
    }
    long n = Long.parseLong(m.group(1));
    Duration d =
        switch (m.group(2)) {
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        };
    if (d.toSeconds() < 10) {
      throw ProblemException.badRequest("invalid-bucket", "bucket must be at least 10s");
    }
    return d;
  }

  private static Instant instant(String name, String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest(
          "invalid-time", name + " must be an ISO-8601 instant like 2026-01-31T08:00:00Z");
    }
  }

  private static void checkRange(Instant from, Instant to) {
    if (!from.isBefore(to)) {
      throw ProblemException.badRequest("invalid-range", "from must be before to");
    }
    if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
      throw ProblemException.badRequest(
          "range-too-large", "at most " + MAX_RANGE.toDays() + " days");
    }
  }
}
