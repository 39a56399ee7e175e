package dev.sitehub.cloud.accounts;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Sessions through Hibernate Reactive; every method returns work for a unit of work. */
@ApplicationScoped
class AuthSessionRepository implements PanacheRepositoryBase<AuthSession, String> {

  Uni<Void> open(AuthSession s) {
    return persist(s).chain(this::flush);
  }

  /** Revokes one open session; the number revoked (0 or 1). */
  Uni<Integer> revoke(String sessionId, String why, Instant now) {
    return update(
        "revokedAt = ?1, revokedWhy = ?2 where id = ?3 and revokedAt is null", now, why, sessionId);
  }

  /** Revokes every open session of the user; the number revoked. */
  Uni<Integer> revokeAllOf(String userId, String why, Instant now) {
    return update(
        "revokedAt = ?1, revokedWhy = ?2 where userId = ?3 and revokedAt is null",
        now,
        why,
        userId);
  }

  /** Revokes every open session of the user except {@code keep}; the number revoked. */
  Uni<Integer> revokeAllOfBut(String userId, String keep, String why, Instant now) {
    return update(
        "revokedAt = ?1, revokedWhy = ?2 where userId = ?3 and id <> ?4 and revokedAt is null",
        now,
        why,
        userId,
        keep);
  }
}
