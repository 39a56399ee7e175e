package dev.sitehub.cloud.enterprises;

import java.util.List;

/**
 * The fields an enterprise admin may change on their profile. Type and credit code are not here:
 * they are the verified legal identity. A null price band keeps the current one.
 */
public record UpdateProfileRequest(
    String name,
    String city,
    String district,
    List<String> specialties,
    Integer priceBand,
    String description) {}
