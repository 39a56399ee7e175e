package dev.sitehub.cloud.portal;

import dev.sitehub.cloud.accounts.Passwords;
import dev.sitehub.cloud.accounts.Sessions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Password pages: a signed-in person changes theirs (the other devices are signed out), and someone
 * who forgot theirs asks for an e-mailed link and sets a new one through it. Every refusal shows on
 * the form, next to the field it concerns.
 */
@Path("/portal/password")
public class PasswordPage {
  private static final PasswordProblem REQUIRED = PasswordProblem.REQUIRED;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance change(PortalContext ctx, PasswordForm form, boolean done);

    static native TemplateInstance forgot(
        PortalContext ctx, PasswordForm form, boolean sent, long minutes);

    static native TemplateInstance reset(
        PortalContext ctx, PasswordForm form, boolean invalid, boolean done);
  }

  /**
   * What a password form shows: the reset token it carries, the account typed (never a password),
   * and the problems shown next to each field and above the form.
   */
  @TemplateData
  public record PasswordForm(
      String token,
      String account,
      PasswordProblem accountError,
      PasswordProblem currentError,
      PasswordProblem passwordError,
      PasswordProblem confirmError,
      PasswordProblem formError) {
    static PasswordForm of(String token, String account) {
      return new PasswordForm(token == null ? "" : token, account, null, null, null, null, null);
    }

    /** A form with errors next to the password fields. */
    static PasswordForm errors(
        String token,
        PasswordProblem currentError,
        PasswordProblem passwordError,
        PasswordProblem confirmError) {
      return new PasswordForm(
          token == null ? "" : token, "", null, currentError, passwordError, confirmError, null);
    }

    PasswordForm withForm(PasswordProblem key) {
      return new PasswordForm(token, account, null, null, null, null, key);
    }
  }

  private final Passwords passwords;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public PasswordPage(
      Passwords passwords, PortalRequest portal, PortalRender render, JsonWebToken caller) {
    this.passwords = passwords;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response changeForm() {
    return render.page(Templates.change(portal.context(), PasswordForm.of(null, ""), false));
  }

  @POST
  @RolesAllowed("**")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response change(
      @FormParam("current") String current,
      @FormParam("password") String password,
      @FormParam("confirm") String confirm) {
    PortalContext ctx = portal.context();
    PasswordProblem currentError = empty(current) ? REQUIRED : null;
    PasswordProblem passwordError = empty(password) ? REQUIRED : null;
    PasswordProblem confirmError =
        passwordError == null && !password.equals(confirm) ? PasswordProblem.MISMATCH : null;
    if (currentError != null || passwordError != null || confirmError != null) {
      return changeRefused(
          422, PasswordForm.errors(null, currentError, passwordError, confirmError));
    }
    return switch (passwords.change(
        caller.getSubject(), Sessions.idOf(caller), current, password)) {
      case DONE -> render.page(Templates.change(ctx, PasswordForm.of(null, ""), true));
      case WEAK_PASSWORD ->
          changeRefused(422, PasswordForm.errors(null, null, PasswordProblem.WEAK_PASSWORD, null));
      case THROTTLED ->
          changeRefused(429, PasswordForm.of(null, "").withForm(PasswordProblem.THROTTLED));
      case WRONG_PASSWORD, LINK_INVALID ->
          changeRefused(422, PasswordForm.errors(null, PasswordProblem.WRONG_PASSWORD, null, null));
    };
  }

  @GET
  @Path("forgot")
  @PermitAll
  public Response forgotForm() {
    return render.page(forgot(PasswordForm.of(null, ""), false));
  }

  @POST
  @Path("forgot")
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response requestLink(@FormParam("account") String account) {
    String typed = account == null ? "" : account.strip();
    if (typed.isEmpty()) {
      return render.page(
          422, forgot(new PasswordForm("", "", REQUIRED, null, null, null, null), false));
    }
    PasswordForm form = PasswordForm.of(null, typed);
    return switch (passwords.requestReset(typed)) {
      case THROTTLED ->
          render.page(429, forgot(form.withForm(PasswordProblem.RESET_THROTTLED), false));
      default -> render.page(forgot(form, true));
    };
  }

  @GET
  @Path("reset")
  @PermitAll
  public Response resetForm(@QueryParam("token") String token) {
    PortalContext ctx = portal.context();
    if (!passwords.linkOpen(token)) {
      return render.page(410, Templates.reset(ctx, PasswordForm.of(null, ""), true, false));
    }
    return render.page(Templates.reset(ctx, PasswordForm.of(token, ""), false, false));
  }

  @POST
  @Path("reset")
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reset(
      @FormParam("token") String token,
      @FormParam("password") String password,
      @FormParam("confirm") String confirm) {
    PortalContext ctx = portal.context();
    PasswordProblem passwordError = empty(password) ? REQUIRED : null;
    PasswordProblem confirmError =
        passwordError == null && !password.equals(confirm) ? PasswordProblem.MISMATCH : null;
    if (passwordError != null || confirmError != null) {
      PasswordForm form = PasswordForm.errors(token, null, passwordError, confirmError);
      return render.page(422, Templates.reset(ctx, form, false, false));
    }
    return switch (passwords.reset(token, password)) {
      case DONE -> render.page(Templates.reset(ctx, PasswordForm.of(null, ""), false, true));
      case WEAK_PASSWORD ->
          render.page(
              422,
              Templates.reset(
                  ctx,
                  PasswordForm.errors(token, null, PasswordProblem.WEAK_PASSWORD, null),
                  false,
                  false));
      default -> render.page(410, Templates.reset(ctx, PasswordForm.of(null, ""), true, false));
    };
  }

  private Response changeRefused(int status, PasswordForm form) {
    return render.page(status, Templates.change(portal.context(), form, false));
  }

  private TemplateInstance forgot(PasswordForm form, boolean sent) {
    return Templates.forgot(portal.context(), form, sent, passwords.linkLifetime().toMinutes());
  }

  private static boolean empty(String s) {
    return s == null || s.isEmpty();
  }
}
