package dev.sitehub.cloud.accounts;

import dev.sitehub.cloud.common.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The active members of a site and the platform roles each holds, for features that notify. */
@ApplicationScoped
public class SiteMemberRoles {
  private static final String MEMBERS =
      "select distinct u from AppUser u left join fetch u.roles where u.disabledAt is null"
          + " and u.id in (select m.userId from SiteMembership m where m.siteId = ?1)"
          + " order by u.id";

  private final AccountRepository accounts;
  private final UnitOfWork work;

  SiteMemberRoles(AccountRepository accounts, UnitOfWork work) {
    this.accounts = accounts;
    this.work = work;
  }

  /** User id to roles of every member of the site who is not disabled, in user id order. */
  public Map<String, Set<Role>> of(String siteId) {
    return work.read(
        () ->
            accounts
                .getSession()
                .chain(
                    s ->
                        s.createSelectionQuery(MEMBERS, AppUser.class)
                            .setParameter(1, siteId)
                            .getResultList())
                .map(
                    users -> {
                      Map<String, Set<Role>> out = new LinkedHashMap<>();
                      for (AppUser u : users) {
                        out.put(
                            u.id,
                            u.roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(u.roles)));
                      }
                      return out;
                    }));
  }
}
