package dev.sitehub.cloud.registration;

import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.portal.AdminProblem;
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

/**
 * The public registration form: one field for an e-mail address or a mobile number, posted to the
 * same {@link RegistrationService} as the JSON API, with its refusals shown next to the field.
 */
@Path("/portal/register")
public class RegistrationPage {
  static final int MAX_NAME = 100;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance register(PortalContext ctx, RegistrationForm form);

    static native TemplateInstance registered(PortalContext ctx, String username);
  }

  /** The form as typed (never the password) with the problems next to fields and above it. */
  public record RegistrationForm(
      String contact,
      String displayName,
      AdminProblem contactError,
      AdminProblem passwordError,
      AdminProblem nameError,
      AdminProblem formError) {
    static final RegistrationForm EMPTY = new RegistrationForm("", "", null, null, null, null);

    /** The form sent back with a refusal of the registration service, where it belongs. */
    static RegistrationForm refused(String contact, String displayName, AdminProblem p) {
      return new RegistrationForm(
          contact, displayName, p.at("contact"), p.at("password"), null, p.aboveForm());
    }
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
    AdminProblem contactError = typed.isEmpty() ? AdminProblem.REQUIRED : null;
    AdminProblem passwordError =
        password == null || password.isEmpty() ? AdminProblem.REQUIRED : null;
    AdminProblem nameError = name.length() > MAX_NAME ? AdminProblem.NAME_TOO_LONG : null;
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
      RegistrationForm form =
          RegistrationForm.refused(
              typed, name, AdminProblem.refusal(AdminProblem.Form.REGISTRATION, e.code()));
      return render.page(e.status() == 409 ? 409 : 422, Templates.register(ctx, form));
    }
  }

  private Response invalid(PortalContext ctx, RegistrationForm form) {
    return render.page(422, Templates.register(ctx, form));
  }
}
