package dev.sitehub.cloud.accounts;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What other features ask of accounts inside their own unit of work: people's display names, and
 * granting a role together with the change that earns it. Each method is work to compose into the
 * caller's {@link dev.sitehub.cloud.common.UnitOfWork}, sharing its session and transaction.
 */
@ApplicationScoped
public class UserDirectory {

  /** The display names of these users, by user id; unknown ids are left out. */
  public Uni<Map<String, String>> displayNames(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return Panache.getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select u.id, u.displayName from AppUser u where u.id in ?1",
                        Object[].class)
                    .setParameter(1, List.copyOf(userIds))
                    .getResultList())
        .map(
            rows -> {
              Map<String, String> out = new HashMap<>();
              for (Object[] r : rows) {
                out.put((String) r[0], (String) r[1]);
              }
              return out;
            });
  }

  /**
   * Adds a role to the user inside the caller's transaction, so that the role and what earned it
   * commit together; idempotent. Takes effect at the person's next sign-in.
   */
  public Uni<Void> grantingRole(String userId, Role role) {
    // An insert that ignores a repeat is clearest in SQL; the element collection would load first.
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "INSERT INTO user_role (user_id, role) VALUES (?1, ?2)"
                            + " ON CONFLICT DO NOTHING")
                    .setParameter(1, userId)
                    .setParameter(2, role.name())
                    .executeUpdate())
        .replaceWithVoid();
  }
}
