package dev.sitehub.cloud.enterprises;

import java.util.List;

/** What an enterprise registers with; validated by {@link EnterpriseService#validate}. */
public record EnterpriseDraft(
    EnterpriseType type,
    String name,
    String creditCode,
    String city,
    String district,
    List<String> specialties,
    Integer priceBand,
    String description) {}
