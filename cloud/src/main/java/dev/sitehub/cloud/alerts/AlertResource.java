package dev.sitehub.cloud.alerts;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The alerts of a site: list and filter, acknowledge, resolve. Members of the site only. */
@Path("/api/sites/{siteId}/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "alerts")
public class AlertResource {
  private final AlertStore store;
  private final SiteAccess access;
  private final JsonWebToken caller;

  /** The optional comment of an acknowledge or resolve step. */
  public record StepRequest(String comment) {}

  public AlertResource(AlertStore store, SiteAccess access, JsonWebToken caller) {
    this.store = store;
    this.access = access;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  @Operation(summary = "List a site's alerts, newest first, filtered by status, severity, type")
  public List<Alert> list(
      @PathParam("siteId") String siteId,
      @QueryParam("status") String status,
      @QueryParam("severity") String severity,
      @QueryParam("type") String type,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    access.requireMember(caller, siteId);
    if (limit < 1 || limit > 1000) {
      throw ProblemException.badRequest("invalid-limit", "limit must be between 1 and 1000");
    }
    return store.list(
        siteId,
        parse(AlertStatus.class, status, "status"),
        parse(Severity.class, severity, "severity"),
        type,
        limit);
  }

  @GET
  @Path("{id}")
  @RolesAllowed("**")
  @Operation(summary = "One alert of the site")
  public Alert get(@PathParam("siteId") String siteId, @PathParam("id") long id) {
    access.requireMember(caller, siteId);
    return store.find(siteId, id).orElseThrow(() -> missing(siteId, id));
  }

  @POST
  @Path("{id}/acknowledge")
  @RolesAllowed({
    Role.SUPERVISOR_NAME,
    Role.HOMEOWNER_NAME,
    Role.PROJECT_MANAGER_NAME,
    Role.OPERATOR_NAME
  })
  @Operation(summary = "Acknowledge an open alert, with an optional comment")
  public Alert acknowledge(
      @PathParam("siteId") String siteId, @PathParam("id") long id, StepRequest body) {
    access.requireMember(caller, siteId);
    String user = caller.getSubject();
    return store
        .acknowledge(siteId, id, user, comment(body), Instant.now())
        .map(AlertChange::alert)
        .orElseThrow(() -> wrongState(siteId, id, "only an OPEN alert can be acknowledged"));
  }

  @POST
  @Path("{id}/resolve")
  @RolesAllowed({
    Role.SUPERVISOR_NAME,
    Role.HOMEOWNER_NAME,
    Role.PROJECT_MANAGER_NAME,
    Role.OPERATOR_NAME
  })
  @Operation(summary = "Resolve an open or acknowledged alert, with an optional comment")
  public Alert resolve(
      @PathParam("siteId") String siteId, @PathParam("id") long id, StepRequest body) {
    access.requireMember(caller, siteId);
    String user = caller.getSubject();
    return store
        .resolve(siteId, id, user, comment(body), Instant.now())
        .map(AlertChange::alert)
        .orElseThrow(() -> wrongState(siteId, id, "the alert is already resolved"));
  }

  private ProblemException wrongState(String siteId, long id, String detail) {
    store.find(siteId, id).orElseThrow(() -> missing(siteId, id));
    return ProblemException.conflict("alert-state-conflict", detail);
  }

  private static ProblemException missing(String siteId, long id) {
    return ProblemException.notFound("alert-not-found", "no alert " + id + " at site " + siteId);
  }

  private static String comment(StepRequest body) {
    if (body == null || body.comment() == null) {
      return null;
    }
    if (body.comment().length() > 2000) {
      throw ProblemException.badRequest("comment-too-long", "comment exceeds 2000 characters");
    }
    return body.comment();
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(
          "invalid-" + name, name + " must be one of " + List.of(type.getEnumConstants()));
    }
  }
}
