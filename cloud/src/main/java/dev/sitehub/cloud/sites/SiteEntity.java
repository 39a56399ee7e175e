package dev.sitehub.cloud.sites;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A renovation address under supervision (table {@code site}); {@link Site} is its view. */
@Entity
@Table(name = "site")
class SiteEntity {
  @Id
  @Column(name = "site_id")
  String id;

  @Column(nullable = false)
  String name;

  @Column(nullable = false)
  String address;

  @Column(nullable = false)
  String timezone;

  @Column(name = "created_by")
  String createdBy;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  protected SiteEntity() {}

  SiteEntity(
      String id, String name, String address, String timezone, String createdBy, Instant now) {
    this.id = id;
    this.name = name;
    this.address = address;
    this.timezone = timezone;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Changes the fields given; null leaves a field as it is. */
  void edit(String name, String address, String timezone, Instant now) {
    if (name != null) {
      this.name = name;
    }
    if (address != null) {
      this.address = address;
    }
    if (timezone != null) {
      this.timezone = timezone;
    }
    this.updatedAt = now;
  }

  Site view() {
    return new Site(id, name, address, timezone, createdBy, createdAt, updatedAt);
  }
}
