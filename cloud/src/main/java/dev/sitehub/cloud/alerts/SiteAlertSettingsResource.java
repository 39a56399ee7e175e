package dev.sitehub.cloud.alerts;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.audit.AuditAction;
import dev.sitehub.cloud.audit.AuditEntry;
import dev.sitehub.cloud.audit.AuditLog;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A site's alert settings: time zone, community (quiet hours), escalation chain, webhook. */
@Path("/api/sites/{siteId}/alert-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "alerts")
public class SiteAlertSettingsResource {
  private final SiteSettingsRepository settings;
  private final SiteAccess access;
  private final JsonWebToken caller;
  private final WebhookTargets targets;

  /** Settings as written; {@code webhookSecret} is write-only. */
  public record SettingsRequest(
      String timeZone,
      String communityId,
      List<String> escalationChain,
      Integer escalationMinutes,
      String webhookUrl,
      String webhookSecret) {}

  /** Settings as read back, without the webhook secret. */
  public record SettingsView(
      String timeZone,
      String communityId,
      List<String> escalationChain,
      int escalationMinutes,
      String webhookUrl,
      boolean webhookSecretSet) {}

  private final AuditLog audit;

  public SiteAlertSettingsResource(
      SiteSettingsRepository settings,
      SiteAccess access,
      JsonWebToken caller,
      AlertsConfig config,
      AuditLog audit) {
    this.audit = audit;
    this.settings = settings;
    this.access = access;
    this.caller = caller;
    this.targets = WebhookTargets.of(config.webhook());
  }

  @GET
  @RolesAllowed("**")
  @Operation(summary = "The site's alert settings, defaults applied")
  public SettingsView get(@PathParam("siteId") String siteId) {
    access.requireMember(caller, siteId);
    return view(settings.settings(siteId));
  }

  @PUT
  @RolesAllowed({
    Role.SUPERVISOR_NAME,
    Role.HOMEOWNER_NAME,
    Role.PROJECT_MANAGER_NAME,
    Role.OPERATOR_NAME
  })
  @Operation(summary = "Replace the site's alert settings")
  public SettingsView put(@PathParam("siteId") String siteId, SettingsRequest body) {
    access.requireMember(caller, siteId);
    if (body == null || body.timeZone() == null) {
      throw ProblemException.badRequest("invalid-settings", "timeZone is required");
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(body.timeZone());
    } catch (DateTimeException e) {
      throw ProblemException.badRequest("invalid-settings", "unknown time zone " + body.timeZone());
    }
    if (body.escalationMinutes() != null && body.escalationMinutes() <= 0) {
      throw ProblemException.badRequest("invalid-settings", "escalationMinutes must be > 0");
    }
    if (body.webhookUrl() != null) {
      checkWebhook(body.webhookUrl(), body.webhookSecret());
    }
    try {
      settings.save(
          siteId,
          zone,
          body.communityId(),
          body.escalationChain() == null ? List.of() : body.escalationChain(),
          body.escalationMinutes(),
          body.webhookUrl(),
          body.webhookSecret());
    } catch (IllegalStateException e) {
      throw ProblemException.badRequest(
          "invalid-settings", "community " + body.communityId() + " has no quiet calendar");
    }
    audit.record(
        AuditEntry.onSite(
            AuditAction.ALERT_SETTINGS_CHANGED, caller.getSubject(), siteId, null, null));
    return view(settings.settings(siteId));
  }

  private void checkWebhook(String url, String secret) {
    targets
        .refusal(url)
        .ifPresent(
            why -> {
              throw ProblemException.badRequest("invalid-settings", why);
            });
    if (secret == null || secret.length() < 16) {
      throw ProblemException.badRequest(
          "invalid-settings", "webhookSecret of at least 16 characters is required");
    }
  }

  private static SettingsView view(SiteAlertSettings s) {
    return new SettingsView(
        s.zone().getId(),
        s.communityId(),
        s.escalationChain(),
        s.escalationMinutes(),
        s.webhookUrl(),
        s.webhookSecret() != null);
  }
}
