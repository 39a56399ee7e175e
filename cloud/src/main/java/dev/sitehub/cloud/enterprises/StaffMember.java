package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.accounts.Role;

/** A person's place in an enterprise: the role they were invited for and whether they joined. */
public record StaffMember(
    String userId,
    String displayName,
    String enterpriseId,
    Role role,
    String title,
    boolean active) {}
