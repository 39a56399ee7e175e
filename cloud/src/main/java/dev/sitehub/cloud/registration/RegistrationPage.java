package dev.sitehub.cloud.registration;

import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The public registration form: one field for an e-mail address or a mobile number, posted to the
 * same {@link RegistrationService} as the JSON API, with its refusals shown next to the field.
 */
@Path("/portal/register")
public class RegistrationPage {
  static final int MAX_NAME = 100;

  /** Which field each refusal of the registration service belongs to, and its message key. */
  private static final Map<String, String[]> FIELD_ERRORS =
      Map.of(
          "invalid-contact", new String[] {"contact", "errContact"},
          "invalid-email", new String[] {"contact", "errContact"},
          "invalid-phone", new String[] {"contact", "errContact"},
          "invalid-username", new String[] {"contact", "errContact"},
          "contact-taken", new String[] {"contact", "errContactTaken"},
          "weak-password", new String[] {"password", "errWeakPassword"});

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance register(PortalContext ctx, RegistrationForm form);

    static native TemplateInstance registered(PortalContext ctx, String username);
  }

  /** The form as typed (never the password) with message keys for the errors next to fields. */
  public record RegistrationForm(
      String contact,
      String displayName,
      String contactError,
      String passwordError,
      String nameError,
      String formError) {
    static final RegistrationForm EMPTY = new RegistrationForm("", "", null, null, null, null);
  }

  private final RegistrationService registrations;
  private final PortalRequest portal;
  private final PortalRender render;

  public RegistrationPage(
      RegistrationService registrations, PortalRequest portal, PortalRender render) {
    this.registrations = registrations;
    this.portal = portal;
    this.render = render;
  }

  @GET
  @PermitAll
  public Response form() {
    PortalContext ctx = portal.anonymous();
    return render.page(Templates.register(ctx, RegistrationForm.EMPTY));
  }

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response register(
      @FormParam("contact") String contact,
      @FormParam("password") String password,
      @FormParam("displayName") String displayName) {
    PortalContext ctx = portal.anonymous();
    String typed = contact == null ? "" : contact.strip();
    String name = displayName == null ? "" : displayName.strip();
    String contactError = typed.isEmpty() ? "errRequired" : null;
    String passwordError = password == null || password.isEmpty() ? "errRequired" : null;
    String nameError = name.length() > MAX_NAME ? "errNameTooLong" : null;
    if (contactError != null || passwordError != null || nameError != null) {
      return invalid(
          ctx, new RegistrationForm(typed, name, contactError, passwordError, nameError, null));
    }
    boolean email = typed.contains("@");
    try {
      UserAccount user =
          registrations.register(
              new RegisterRequest(
                  email ? typed : null,
                  email ? null : typed,
                  password,
                  name.isEmpty() ? null : name));
      return render.page(201, Templates.registered(ctx, user.username()));
    } catch (ProblemException e) {
      String[] field = FIELD_ERRORS.get(e.code());
      RegistrationForm form =
          field == null
              ? new RegistrationForm(typed, name, null, null, null, "errRefused")
              : "contact".equals(field[0])
                  ? new RegistrationForm(typed, name, field[1], null, null, null)
                  : new RegistrationForm(typed, name, null, field[1], null, null);
      return render.page(e.status() == 409 ? 409 : 422, Templates.register(ctx, form));
    }
  }

  private Response invalid(PortalContext ctx, RegistrationForm form) {
    return render.page(422, Templates.register(ctx, form));
  }
}
