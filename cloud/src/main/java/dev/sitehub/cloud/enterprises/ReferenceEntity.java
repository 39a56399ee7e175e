package dev.sitehub.cloud.enterprises;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A past project an enterprise names, shown once its home owner consents. */
@Entity
@Table(name = "enterprise_reference")
class ReferenceEntity {
  @Id
  @Column(name = "reference_id")
  String id;

  @Column(name = "enterprise_id", nullable = false)
  String enterpriseId;

  @Column(name = "owner_id", nullable = false)
  String ownerId;

  @Column(nullable = false)
  String title;

  @Column(nullable = false)
  String description;

  @Column(nullable = false)
  String city;

  @Column(name = "completed_on")
  LocalDate completedOn;

  @Column(name = "consent_at")
  Instant consentAt;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected ReferenceEntity() {}

  ReferenceEntity(
      String id,
      String enterpriseId,
      String ownerId,
      String title,
      String description,
      String city,
      LocalDate completedOn,
      Instant now) {
    this.id = id;
    this.enterpriseId = enterpriseId;
    this.ownerId = ownerId;
    this.title = title;
    this.description = description;
    this.city = city;
    this.completedOn = completedOn;
    this.createdAt = now;
  }

  ReferenceView view() {
    return new ReferenceView(id, enterpriseId, title, description, city, completedOn, consentAt);
  }
}
