package dev.sitehub.cloud.enterprises;

import java.time.Instant;
import java.util.List;

/** A registered company: its identity, library attributes, verification state and rating totals. */
public record Enterprise(
    String enterpriseId,
    EnterpriseType type,
    String name,
    String creditCode,
    String city,
    String district,
    List<String> specialties,
    int priceBand,
    String description,
    EnterpriseStatus status,
    String statusReason,
    int ratingCount,
    long ratingSum,
    Instant createdAt) {
  public Enterprise {
    specialties = List.copyOf(specialties);
  }
}
