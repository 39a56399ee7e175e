package dev.sitehub.cloud.accounts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Sign-in settings: token signing keys, lifetimes, cookies, login throttling and password reset.
 */
@ConfigMapping(prefix = "sitehub.auth")
public interface AuthConfig {

  /**
   * Folder holding {@code jwt-private.pem} and {@code jwt-public.pem}. When absent and {@link
   * #generateKeys()} is true, a fresh RSA pair is generated there on first start.
   */
  @WithDefault("${user.home}/.sitehub/keys")
  String keyDir();

  /** Generate the signing key pair if the files are missing (dev/test convenience). */
  @WithDefault("true")
  boolean generateKeys();

  /** The {@code iss} claim of issued tokens, checked on every request. */
  @WithDefault("https://sitehub.dev/cloud")
  String issuer();

  /** Lifetime of an API bearer token and of a portal session. */
  @WithDefault("PT8H")
  Duration tokenLifetime();

  /** Name of the portal session cookie (HttpOnly, SameSite=Lax). */
  @WithDefault("sitehub_session")
  String sessionCookie();

  /**
   * Whether the session cookie is always marked Secure. It is also marked Secure, whatever this
   * says, on every sign-in that arrived over HTTPS, directly or through a trusted proxy that says
   * so ({@code X-Forwarded-Proto}, from {@code quarkus.http.proxy.trusted-proxies}).
   */
  @WithDefault("false")
  boolean secureCookie();

  /** Failed logins for one username within {@link #failureWindow()} before it is throttled. */
  @WithDefault("5")
  int maxFailures();

  /**
   * Failed logins from one client address within {@link #failureWindow()}, over any accounts,
   * before the address is throttled.
   */
  @WithDefault("20")
  int maxFailuresPerAddress();

  /**
   * Client addresses never throttled as addresses (their accounts still are): loopback, where the
   * local stack or a proxy that does not forward the client's address connects from.
   */
  @WithDefault("127.0.0.1,0:0:0:0:0:0:0:1,::1")
  java.util.List<String> throttleExemptAddresses();

  /** Window over which failed logins are counted, and how long a throttled name waits. */
  @WithDefault("PT5M")
  Duration failureWindow();

  /** Optional cost of new bcrypt hashes (default 10). */
  Optional<Integer> bcryptCost();

  /** Password reset by an e-mailed link. */
  Reset reset();

  /** Settings of the e-mailed password reset link ({@code sitehub.auth.reset.*}). */
  interface Reset {
    /**
     * The portal's public address as people reach it (scheme, host, optional port), the start of
     * the link in the e-mail. Never taken from the request: a forged Host header would send the
     * token to another site.
     */
    @WithDefault("http://localhost:8080")
    String portalUrl();

    /** How long a reset link works (it works once). */
    @WithDefault("PT30M")
    Duration linkLifetime();

    /** Reset requests for one typed account within {@link #requestWindow()} before it waits. */
    @WithDefault("3")
    int maxRequests();

    /** Reset requests from one client address within {@link #requestWindow()}, any accounts. */
    @WithDefault("10")
    int maxRequestsPerAddress();

    /** Window over which reset requests are counted, and how long a throttled one waits. */
    @WithDefault("PT1H")
    Duration requestWindow();
  }
}
