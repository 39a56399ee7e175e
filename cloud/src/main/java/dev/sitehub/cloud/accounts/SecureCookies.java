package dev.sitehub.cloud.accounts;

import java.net.URI;

/** When the session cookie carries the Secure attribute. */
public final class SecureCookies {
  private SecureCookies() {}

  /**
   * Whether a session cookie set in answer to a request for {@code requestUri} is Secure: always
   * when configured, and whenever the request came over HTTPS, directly or through a trusted proxy
   * that says so (Quarkus resolves {@code X-Forwarded-Proto} from the proxies listed in {@code
   * quarkus.http.proxy.trusted-proxies} into the request's scheme).
   */
  public static boolean secure(AuthConfig config, URI requestUri) {
    return config.secureCookie() || (requestUri != null && "https".equals(requestUri.getScheme()));
  }
}
