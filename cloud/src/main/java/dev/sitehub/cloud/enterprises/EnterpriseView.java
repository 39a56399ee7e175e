package dev.sitehub.cloud.enterprises;

import java.util.List;

/** An enterprise as the library lists it, with its Bayesian-average score. */
public record EnterpriseView(
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
    Double averageStars,
    double score) {
  static EnterpriseView of(Enterprise e, BayesianRating rating) {
    return new EnterpriseView(
        e.enterpriseId(),
        e.type(),
        e.name(),
        e.creditCode(),
        e.city(),
        e.district(),
        e.specialties(),
        e.priceBand(),
        e.description(),
        e.status(),
        e.statusReason(),
        e.ratingCount(),
        e.ratingCount() == 0 ? null : (double) e.ratingSum() / e.ratingCount(),
        rating.score(e.ratingCount(), e.ratingSum()));
  }
}
