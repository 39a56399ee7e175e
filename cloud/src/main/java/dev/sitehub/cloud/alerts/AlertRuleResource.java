package dev.sitehub.cloud.alerts;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** CRUD of a site's alert rules; a site starts with the configured defaults. */
@Path("/api/sites/{siteId}/alert-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "alerts")
public class AlertRuleResource {
  private final RuleBook rules;
  private final SiteAccess access;
  private final JsonWebToken caller;

  public AlertRuleResource(RuleBook rules, SiteAccess access, JsonWebToken caller) {
    this.rules = rules;
    this.access = access;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  @Operation(summary = "All rules of the site")
  public List<AlertRuleDocument> list(@PathParam("siteId") String siteId) {
    access.requireMember(caller, siteId);
    return rules.rules(siteId).stream().map(AlertRuleDocument::of).toList();
  }

  @GET
  @Path("{code}")
  @RolesAllowed("**")
  @Operation(summary = "One rule of the site")
  public AlertRuleDocument get(@PathParam("siteId") String siteId, @PathParam("code") String code) {
    access.requireMember(caller, siteId);
    return rules
        .rule(siteId, code)
        .map(AlertRuleDocument::of)
        .orElseThrow(() -> missing(siteId, code));
  }

  @PUT
  @Path("{code}")
  @RolesAllowed({
    Role.SUPERVISOR_NAME,
    Role.HOMEOWNER_NAME,
    Role.PROJECT_MANAGER_NAME,
    Role.OPERATOR_NAME
  })
  @Operation(summary = "Create or replace a rule; 201 when new, 200 when replaced")
  public Response put(
      @PathParam("siteId") String siteId, @PathParam("code") String code, AlertRuleDocument body) {
    access.requireMember(caller, siteId);
    if (body == null) {
      throw ProblemException.badRequest("invalid-rule", "a rule body is required");
    }
    if (!code.equals(body.code())) {
      throw ProblemException.badRequest("invalid-rule", "body code differs from the path");
    }
    AlertRule rule;
    try {
      rule = body.toRule();
    } catch (InvalidRuleException e) {
      throw ProblemException.badRequest("invalid-rule", e.getMessage());
    }
    boolean created = rules.save(siteId, rule);
    return Response.status(created ? 201 : 200).entity(AlertRuleDocument.of(rule)).build();
  }

  @DELETE
  @Path("{code}")
  @RolesAllowed({
    Role.SUPERVISOR_NAME,
    Role.HOMEOWNER_NAME,
    Role.PROJECT_MANAGER_NAME,
    Role.OPERATOR_NAME
  })
  @Operation(summary = "Delete a rule")
  public Response delete(@PathParam("siteId") String siteId, @PathParam("code") String code) {
    access.requireMember(caller, siteId);
    if (!rules.delete(siteId, code)) {
      throw missing(siteId, code);
    }
    return Response.noContent().build();
  }

  private static ProblemException missing(String siteId, String code) {
    return ProblemException.notFound("rule-not-found", "no rule " + code + " at site " + siteId);
  }
}
