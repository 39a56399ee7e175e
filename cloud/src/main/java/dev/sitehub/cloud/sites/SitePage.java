package dev.sitehub.cloud.sites;

import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalErrors;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import dev.sitehub.cloud.telemetry.EventView;
import dev.sitehub.cloud.telemetry.LatestReadingView;
import dev.sitehub.cloud.telemetry.SensorWords;
import dev.sitehub.cloud.telemetry.TelemetryQueries;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A site's page for everyone on it: latest readings, sensor charts with range picking (drawn in the
 * browser from the telemetry API) and the last week's events. Non-members get the 403 page.
 */
@Path("/portal/sites")
public class SitePage {
  static final int EVENTS_SHOWN = 50;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance site(PortalContext ctx, SitePageView view);
  }

  private final SiteService sites;
  private final SiteAccess access;
  private final TelemetryQueries telemetry;
  private final PortalRequest portal;
  private final PortalRender render;
  private final PortalErrors errors;
  private final JsonWebToken caller;
  private final Clock clock;

  public SitePage(
      SiteService sites,
      SiteAccess access,
      TelemetryQueries telemetry,
      PortalRequest portal,
      PortalRender render,
      PortalErrors errors,
      JsonWebToken caller,
      Clock clock) {
    this.sites = sites;
    this.access = access;
    this.telemetry = telemetry;
    this.portal = portal;
    this.render = render;
    this.errors = errors;
    this.caller = caller;
    this.clock = clock;
  }

  @GET
  @Path("{siteId}")
  @RolesAllowed("**")
  public Response site(@PathParam("siteId") String siteId) {
    PortalContext ctx = portal.context();
    if (!access.canAccess(caller, siteId)) {
      return errors.forbidden(ctx);
    }
    Site site = sites.get(siteId);
    String zone = site.timezone();
    List<LatestReadingView> latest = telemetry.latest(siteId);
    List<SitePageView.Reading> readings =
        latest.stream()
            .map(
                r ->
                    new SitePageView.Reading(
                        r.deviceId(),
                        r.sensorId(),
                        r.kind(),
                        leak(r) ? SensorWords.leak(r.value(), ctx.locale()) : format(r.value()),
                        leak(r) ? "" : SensorWords.unit(r.unit()),
                        PortalContext.time(r.ts(), zone),
                        leak(r)
                            ? SensorWords.event("leak", ctx.locale())
                            : SensorWords.metric(r.kind(), ctx.locale())))
            .toList();
    List<SitePageView.Chart> charts =
        latest.stream()
            .map(
                r ->
                    new SitePageView.Chart(
                        "chart-" + r.sensorId() + "-" + r.kind(),
                        r.sensorId(),
                        r.kind(),
                        r.unit(),
                        "/api/sites/" + siteId + "/sensors/" + r.sensorId() + "/readings"))
            .distinct()
            .toList();
    Instant now = clock.instant();
    List<EventView> recent =
        telemetry.events(
            siteId, now.minus(Duration.ofDays(7)), now.plus(Duration.ofMinutes(5)), EVENTS_SHOWN);
    List<SitePageView.Event> events =
        recent.stream()
            .map(
                e ->
                    new SitePageView.Event(
                        PortalContext.time(e.ts(), zone),
                        e.deviceId(),
                        e.type(),
                        e.source(),
                        e.state(),
                        SensorWords.event(e.type(), ctx.locale())))
            .toList();
    SitePageView view = new SitePageView(SiteView.of(site), readings, charts, events);
    return render.page(Templates.site(ctx, view));
  }

  /** A digital input named as a leak probe: its reading is said as dry or wet. */
  private static boolean leak(LatestReadingView r) {
    return "digital".equals(r.kind()) && r.sensorId().toLowerCase(Locale.ROOT).contains("leak");
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.2f", v);
  }
}
