package dev.sitehub.cloud.accounts;

import dev.sitehub.cloud.common.UnitOfWork;
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

  public void remove(String siteId, String userId) {
    work.write(() -> accounts.removeMembership(siteId, userId));
  }

  /** The sites the user belongs to, in id order. */
  public List<String> sitesOf(String userId) {
    return work.read(() -> accounts.sitesOf(userId));
  }

  public boolean isMember(String siteId, String userId) {
    return work.read(() -> accounts.isMember(siteId, userId));
  }
}
