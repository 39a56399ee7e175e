package dev.sitehub.cloud.notifications;

import dev.sitehub.cloud.alerts.Severity;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in user's own alert notification preferences (live push, e-mail and its address, the
 * least severity), replaced through the same service as {@code PUT
 * /api/me/notification-preferences}.
 */
@Path("/portal/me/notifications")
public class NotificationPreferencePage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance preferences(PortalContext ctx, Form form);
  }

  /** The form as shown or as it came back, with the error next to its field. */
  @TemplateData
  public record Form(
      boolean push,
      boolean email,
      String emailAddress,
      Severity minSeverity,
      List<Severity> severities,
      NotificationProblem addressError,
      NotificationProblem severityError,
      boolean saved) {}

  private final NotificationPreferences preferences;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public NotificationPreferencePage(
      NotificationPreferences preferences,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.preferences = preferences;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response page(@QueryParam("saved") boolean saved) {
    NotificationPreference p = preferences.of(caller.getSubject());
    Form form =
        new Form(
            p.push(),
            p.email(),
            p.emailAddress() == null ? "" : p.emailAddress(),
            p.minSeverity(),
            List.of(Severity.values()),
            null,
            null,
            saved);
    return render.page(Templates.preferences(portal.context(), form));
  }

  @POST
  @RolesAllowed("**")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(
      @FormParam("push") String push,
      @FormParam("email") String email,
      @FormParam("emailAddress") String emailAddress,
      @FormParam("minSeverity") String minSeverity) {
    boolean pushOn = push != null;
    boolean emailOn = email != null;
    String address = emailAddress == null ? "" : emailAddress.strip();
    Severity severity = severity(minSeverity);
    NotificationProblem addressError =
        emailOn && !NotificationPreferences.validAddress(address)
            ? NotificationProblem.EMAIL_ADDRESS
            : null;
    NotificationProblem severityError = severity == null ? NotificationProblem.SEVERITY : null;
    if (addressError != null || severityError != null) {
      Form form =
          new Form(
              pushOn,
              emailOn,
              address,
              severity == null ? Severity.WARNING : severity,
              List.of(Severity.values()),
              addressError,
              severityError,
              false);
      return render.page(422, Templates.preferences(portal.context(), form));
    }
    preferences.replace(
        caller.getSubject(), pushOn, emailOn, address.isEmpty() ? null : address, severity);
    return render.redirect("/portal/me/notifications?saved=true").build();
  }

  private static Severity severity(String value) {
    try {
      return value == null ? null : Severity.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
