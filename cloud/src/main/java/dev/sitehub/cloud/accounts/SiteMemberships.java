package dev.sitehub.cloud.accounts;

import jakarta.enterprise.context.ApplicationScoped;

/** Who belongs to which site: the questions and changes other features ask of accounts. */
@ApplicationScoped
public class SiteMemberships {
  private final AccountRepository accounts;

  SiteMemberships(AccountRepository accounts) {
    this.accounts = accounts;
  }

  /** Adds a membership; idempotent. */
  public void add(String siteId, String userId) {
    accounts.addMembership(siteId, userId);
  }

  public void remove(String siteId, String userId) {
    accounts.removeMembership(siteId, userId);
  }

  public boolean isMember(String siteId, String userId) {
    return accounts.isMember(siteId, userId);
  }
}
