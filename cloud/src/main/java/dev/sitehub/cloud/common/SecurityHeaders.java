package dev.sitehub.cloud.common;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Browser hardening headers on every response the cloud sends, pages, API answers, downloads and
 * static assets alike, set by one Vert.x route that runs before all others.
 *
 * <p>The content security policy allows scripts only from our own origin (the portal has no inline
 * script or event handler), inline styles (htmx injects its indicator style), images and video from
 * our origin and from blob URLs (the live view shows each frame through one), and forbids framing.
 * Swagger UI needs inline scripts and is left without a policy; it is an operator's tool.
 */
@ApplicationScoped
class SecurityHeaders {
  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self';"
          + " font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  void install(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            rc -> {
              rc.addHeadersEndHandler(v -> apply(rc.response().headers()));
              rc.next();
            });
  }

  static void apply(MultiMap headers) {
    setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
    setIfAbsent(headers, "Referrer-Policy", "same-origin");
    setIfAbsent(headers, "X-Frame-Options", "DENY");
    // Swagger UI's inline scripts are served only on the management interface, which this
    // router does not cover, so every public response can carry the strict policy.
    setIfAbsent(headers, "Content-Security-Policy", POLICY);
  }

  private static void setIfAbsent(MultiMap headers, String name, String value) {
    if (!headers.contains(name)) {
      headers.set(name, value);
    }
  }
}
