package dev.sitehub.cloud.accounts;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Admits a signed token only while the session it names is open, and gives the request the roles
 * its person holds now rather than those baked into the token when it was issued. A token without a
 * session (issued before sessions existed, or forged with a stolen key but no session row) is
 * refused.
 */
@ApplicationScoped
class SessionAugmentor implements SecurityIdentityAugmentor {
  /** The claim that names the token's session. */
  static final String SESSION_CLAIM = "sid";

  private final Sessions sessions;

  SessionAugmentor(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
      return Uni.createFrom().item(identity);
    }
    String sid = jwt.getClaim(SESSION_CLAIM);
    if (sid == null) {
      return Uni.createFrom().failure(new AuthenticationFailedException("token names no session"));
    }
    return sessions
        .check(sid)
        .map(
            active -> {
              if (active.isEmpty() || !active.get().userId().equals(jwt.getSubject())) {
                throw new AuthenticationFailedException("session ended");
              }
              QuarkusSecurityIdentity.Builder b =
                  QuarkusSecurityIdentity.builder()
                      .setPrincipal(identity.getPrincipal())
                      .addCredentials(identity.getCredentials())
                      .addAttributes(identity.getAttributes())
                      .setAnonymous(false);
              active.get().roles().forEach(r -> b.addRole(r.name()));
              return (SecurityIdentity) b.build();
            });
  }
}
