package dev.sitehub.cloud.portal;

import dev.sitehub.cloud.accounts.AuthConfig;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The front door: {@code /}, {@code /portal} and {@code /portal/} lead into the portal instead of
 * answering a bare 404. With a session cookie the visitor goes to their role's home (which clears a
 * stale cookie and shows the sign-in form itself), without one straight to the sign-in page. Plain
 * Vert.x routes on the exact paths, so no REST resource claims the root.
 */
@ApplicationScoped
class FrontDoor {
  static final String SIGN_IN = "/portal/login";

  private final AuthConfig auth;

  FrontDoor(AuthConfig auth) {
    this.auth = auth;
  }

  void install(@Observes Router router) {
    for (String path : new String[] {"/", "/portal", "/portal/"}) {
      // Right after the security headers' handler, before anything that would answer 404.
      router.get(path).order(Integer.MIN_VALUE + 1).handler(this::redirect);
    }
  }

  private void redirect(RoutingContext rc) {
    String path = rc.normalizedPath();
    if (!"/".equals(path) && !"/portal".equals(path) && !"/portal/".equals(path)) {
      rc.next();
      return;
    }
    boolean session = rc.request().getCookie(auth.sessionCookie()) != null;
    rc.response()
        .setStatusCode(303)
        .putHeader("Location", session ? LocalRedirect.HOME : SIGN_IN)
        .putHeader("Cache-Control", "no-store")
        .end();
  }
}
