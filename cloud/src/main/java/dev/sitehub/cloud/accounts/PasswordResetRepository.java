package dev.sitehub.cloud.accounts;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Reset links through Hibernate Reactive; every method is work for a unit of work. */
@ApplicationScoped
class PasswordResetRepository implements PanacheRepositoryBase<PasswordReset, String> {

  Uni<Void> open(PasswordReset r) {
    return persist(r).chain(this::flush);
  }

  /** Ends every open link of the user; the number ended. */
  Uni<Integer> endAllOf(String userId, String why, Instant now) {
    return update(
        "endedAt = ?1, endedWhy = ?2 where userId = ?3 and endedAt is null", now, why, userId);
  }

  /** Whether the link is open: not used, not replaced, not expired. */
  Uni<Boolean> isOpen(String tokenHash, Instant now) {
    return count("tokenHash = ?1 and endedAt is null and expiresAt > ?2", tokenHash, now)
        .map(n -> n > 0);
  }

  /**
   * Uses the link up: the person it was sent for, or empty if it was not open. The conditional
   * update lets only one of two simultaneous uses through.
   */
  Uni<Optional<String>> use(String tokenHash, Instant now) {
    return update(
            "endedAt = ?1, endedWhy = 'used' where tokenHash = ?2 and endedAt is null"
                + " and expiresAt > ?1",
            now,
            tokenHash)
        .chain(
            n ->
                n == 1
                    ? findById(tokenHash).map(r -> Optional.of(r.userId))
                    : Uni.createFrom().item(Optional.<String>empty()));
  }
}
