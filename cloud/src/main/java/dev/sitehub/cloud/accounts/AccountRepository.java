package dev.sitehub.cloud.accounts;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Users, their roles and contacts, and site memberships, through Hibernate Reactive; each method is
 * work for a {@link dev.sitehub.cloud.common.UnitOfWork}.
 */
@ApplicationScoped
class AccountRepository implements PanacheRepositoryBase<AppUser, String> {
  private static final String ACTIVE =
      "select distinct u from AppUser u left join fetch u.roles where u.disabledAt is null and ";

  /** Inserts the user with their roles and, when given, their contact. */
  Uni<Void> insert(UserAccount user, UserContact contact, Instant now) {
    Uni<AppUser> stored = persist(new AppUser(user, now));
    return contact == null
        ? stored.chain(this::flush)
        : stored.chain(u -> getSession().chain(s -> s.persist(contact))).chain(this::flush);
  }

  Uni<Boolean> usernameTaken(String username) {
    return count("username", username).map(n -> n > 0);
  }

  Uni<Optional<UserAccount>> findByUsername(String username) {
    return one(ACTIVE + "u.username = ?1", username);
  }

  Uni<Optional<UserAccount>> findActive(String userId) {
    return one(ACTIVE + "u.id = ?1", userId);
  }

  Uni<Integer> setPassword(String userId, String passwordHash) {
    return update("passwordHash = ?1 where id = ?2", passwordHash, userId);
  }

  /**
   * The active person whose username or registered e-mail address is {@code typed} (lower case),
   * with that address: whom a reset link goes to. Empty if none, or if they left no address.
   */
  Uni<Optional<UserContact>> mailContact(String typed) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select c from UserContact c, AppUser u where u.id = c.userId"
                            + " and u.disabledAt is null and c.email is not null"
                            + " and (u.username = ?1 or lower(c.email) = ?1)",
                        UserContact.class)
                    .setParameter(1, typed)
                    .getResultList())
        .map(l -> l.stream().findFirst());
  }

  /** Adds a membership; idempotent. */
  Uni<Void> addMembership(String siteId, String userId, Instant now) {
    return getSession()
        .chain(
            s ->
                s.find(SiteMembership.class, new SiteMembership.Key(siteId, userId))
                    .chain(
                        m ->
                            m != null
                                ? Uni.createFrom().voidItem()
                                : s.persist(new SiteMembership(siteId, userId, now))
                                    .chain(s::flush)));
  }

  Uni<Void> removeMembership(String siteId, String userId) {
    return getSession()
        .chain(
            s ->
                s.createMutationQuery(
                        "delete from SiteMembership where siteId = ?1 and userId = ?2")
                    .setParameter(1, siteId)
                    .setParameter(2, userId)
                    .executeUpdate())
        .replaceWithVoid();
  }

  Uni<Boolean> isMember(String siteId, String userId) {
    return getSession()
        .chain(s -> s.find(SiteMembership.class, new SiteMembership.Key(siteId, userId)))
        .map(m -> m != null);
  }

  /** The sites the user is a member of, in id order. */
  Uni<List<String>> sitesOf(String userId) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select m.siteId from SiteMembership m where m.userId = ?1 order by m.siteId",
                        String.class)
                    .setParameter(1, userId)
                    .getResultList());
  }

  /** The members of a site, in user id order. */
  Uni<List<String>> membersOf(String siteId) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select m.userId from SiteMembership m where m.siteId = ?1 order by m.userId",
                        String.class)
                    .setParameter(1, siteId)
                    .getResultList());
  }

  private Uni<Optional<UserAccount>> one(String query, String value) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(query, AppUser.class).setParameter(1, value).getResultList())
        .map(l -> l.stream().findFirst().map(AppUser::account));
  }
}
