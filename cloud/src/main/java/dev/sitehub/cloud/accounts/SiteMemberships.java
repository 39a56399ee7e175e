package dev.sitehub.cloud.accounts;

import dev.sitehub.cloud.common.UnitOfWork;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/** Who belongs to which site: the questions and changes other features ask of accounts. */
@ApplicationScoped
public class SiteMemberships {
  private final AccountRepository accounts;
  private final UnitOfWork work;
  private final Clock clock;

  SiteMemberships(AccountRepository accounts, UnitOfWork work, Clock clock) {
    this.accounts = accounts;
    this.work = work;
    this.clock = clock;
  }

  /** Adds a membership; idempotent. */
  public void add(String siteId, String userId) {
    try {
      work.write(() -> accounts.addMembership(siteId, userId, clock.instant()));
    } catch (RuntimeException e) {
      // Added by a concurrent request between the look-up and the insert: already a member.
      if (!UnitOfWork.isUniqueViolation(e)) {
        throw e;
      }
    }
  }

  /**
   * Work that adds a membership inside the caller's unit of work, so that it commits with the
   * caller's own changes (a new site and its creator's membership).
   */
  public Uni<Void> adding(String siteId, String userId) {
    return accounts.addMembership(siteId, userId, clock.instant());
  }

  public void remove(String siteId, String userId) {
    work.write(() -> accounts.removeMembership(siteId, userId));
  }

  /** The sites the user belongs to, in id order. */
  public List<String> sitesOf(String userId) {
    return work.read(() -> accounts.sitesOf(userId));
  }

  /** The site's members, in user id order (for the site's member list). */
  public List<String> membersOf(String siteId) {
    return work.read(() -> accounts.membersOf(siteId));
  }

  public boolean isMember(String siteId, String userId) {
    return work.read(() -> accounts.isMember(siteId, userId));
  }
}
