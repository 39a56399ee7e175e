package dev.sitehub.cloud.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A person's membership of a site (table {@code site_membership}). */
@Entity
@Table(name = "site_membership")
@IdClass(SiteMembership.Key.class)
class SiteMembership {
  @Id
  @Column(name = "site_id")
  String siteId;

  @Id
  @Column(name = "user_id")
  String userId;

  @Column(name = "added_at", nullable = false)
  Instant addedAt;

  protected SiteMembership() {}

  SiteMembership(String siteId, String userId, Instant addedAt) {
    this.siteId = siteId;
    this.userId = userId;
    this.addedAt = addedAt;
  }

  /** The membership's identity: one per site and person. */
  record Key(String siteId, String userId) implements Serializable {}
}
