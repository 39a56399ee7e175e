package dev.sitehub.cloud.accounts;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;

/** Signs the JWTs used both as API bearer tokens and as the portal session cookie. */
@ApplicationScoped
public class TokenIssuer {
  /** Claim holding the CSRF token a cookie session must echo in the X-CSRF-Token header. */
  public static final String CSRF_CLAIM = "csrf";

  private final SigningKeys keys;
  private final AuthConfig config;
  private final Clock clock;
  private final Sessions sessions;

  public TokenIssuer(SigningKeys keys, AuthConfig config, Clock clock, Sessions sessions) {
    this.keys = keys;
    this.config = config;
    this.clock = clock;
    this.sessions = sessions;
  }

  /**
   * A signed token for the user, naming a new server-side session that lives as long as the token;
   * {@code csrf} is null for API tokens.
   */
  public IssuedToken issue(UserAccount user, String csrf) {
    Instant now = clock.instant();
    Instant expires = now.plus(config.tokenLifetime());
    String sid = sessions.open(user.userId(), expires);
    var builder =
        Jwt.issuer(config.issuer())
            .subject(user.userId())
            .claim(SessionAugmentor.SESSION_CLAIM, sid)
            .upn(user.username())
            .groups(user.roles().stream().map(Role::name).collect(Collectors.toSet()))
            .issuedAt(now)
            .expiresAt(expires);
    if (csrf != null) {
      builder.claim(CSRF_CLAIM, csrf);
    }
    return new IssuedToken(builder.jws().sign(keys.privateKey()), expires);
  }

  /** A token and when it expires. */
  public record IssuedToken(String token, Instant expiresAt) {}
}
