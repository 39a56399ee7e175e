package dev.sitehub.cloud.portal;

import dev.sitehub.cloud.accounts.AccountService;
import dev.sitehub.cloud.accounts.AuthConfig;
import dev.sitehub.cloud.accounts.SecureCookies;
import dev.sitehub.cloud.accounts.Sessions;
import dev.sitehub.cloud.accounts.TokenIssuer;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.util.Date;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The public portal pages: the sign-in form (which sets the same session cookie and CSRF claim as
 * the JSON {@code POST /portal/login}), sign-out, and the language switch.
 */
@Path("/portal")
public class PortalAuthPage {
  private static final Logger LOG = Logger.getLogger(PortalAuthPage.class);
  private static final Duration LANG_COOKIE_AGE = Duration.ofDays(365);

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance login(PortalContext ctx, SignInForm form);
  }

  private final AccountService accounts;
  private final TokenIssuer tokens;
  private final AuthConfig config;
  private final Ids ids;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;
  private final Sessions sessions;

  public PortalAuthPage(
      AccountService accounts,
      TokenIssuer tokens,
      AuthConfig config,
      Ids ids,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller,
      Sessions sessions) {
    this.sessions = sessions;
    this.accounts = accounts;
    this.tokens = tokens;
    this.config = config;
    this.ids = ids;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  static TemplateInstance signInPage(PortalContext ctx, SignInForm form) {
    return Templates.login(ctx, form);
  }

  @GET
  @Path("login")
  @PermitAll
  public Response signInForm(@QueryParam("next") String next) {
    PortalContext ctx = portal.context();
    if (ctx.signedIn()) {
      return Response.seeOther(URI.create(LocalRedirect.of(next))).build();
    }
    return render.page(signInPage(ctx, SignInForm.empty(next)));
  }

  @POST
  @Path("sign-in")
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signIn(
      @FormParam("username") String username,
      @FormParam("password") String password,
      @FormParam("next") String next,
      @Context UriInfo uri) {
    PortalContext ctx = portal.anonymous();
    String name = username == null ? "" : username.trim();
    String target = LocalRedirect.of(next);
    boolean noName = name.isEmpty();
    boolean noPassword = password == null || password.isEmpty();
    if (noName || noPassword) {
      SignInForm form =
          new SignInForm(
              name,
              target,
              noName ? SignInProblem.REQUIRED : null,
              noPassword ? SignInProblem.REQUIRED : null,
              null);
      return render.page(422, signInPage(ctx, form));
    }
    UserAccount user;
    try {
      user = accounts.authenticate(name, password);
    } catch (ProblemException e) {
      SignInForm form = new SignInForm(name, target, null, null, SignInProblem.refusal(e.status()));
      return render.page(e.status() == 429 ? 429 : 401, signInPage(ctx, form));
    }
    TokenIssuer.IssuedToken t = tokens.issue(user, ids.randomText(32));
    NewCookie session =
        new NewCookie.Builder(config.sessionCookie())
            .value(t.token())
            .path("/")
            .httpOnly(true)
            .secure(SecureCookies.secure(config, uri.getRequestUri()))
            .sameSite(NewCookie.SameSite.LAX)
            .expiry(Date.from(t.expiresAt()))
            .build();
    LOG.infof("portal sign-in user=%s", user.userId());
    return render.redirect(target).cookie(session).build();
  }

  @POST
  @Path("sign-out")
  @PermitAll
  public Response signOut() {
    NewCookie cleared =
        new NewCookie.Builder(config.sessionCookie())
            .value("")
            .path("/")
            .httpOnly(true)
            .maxAge(0)
            .build();
    if (caller != null && caller.getSubject() != null) {
      LOG.infof("portal sign-out user=%s", caller.getSubject());
    }
    // The server-side session ends too: the same token stops working everywhere.
    sessions.revoke(Sessions.idOf(caller), "sign-out");
    return render.redirect("/portal/login").cookie(cleared).build();
  }

  /** Remembers the chosen language for a year and goes back to the page it was chosen on. */
  @GET
  @Path("lang/{tag}")
  @PermitAll
  public Response language(@PathParam("tag") String tag, @QueryParam("next") String next) {
    var locale =
        PortalLocales.supported(tag)
            .orElseThrow(() -> ProblemException.badRequest("unsupported-language", "zh-CN or en"));
    NewCookie remembered =
        new NewCookie.Builder(PortalLocales.COOKIE)
            .value(locale.toLanguageTag())
            .path("/")
            .sameSite(NewCookie.SameSite.LAX)
            .maxAge((int) LANG_COOKIE_AGE.toSeconds())
            .build();
    return Response.seeOther(URI.create(LocalRedirect.of(next))).cookie(remembered).build();
  }
}
