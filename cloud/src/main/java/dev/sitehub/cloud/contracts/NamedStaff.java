package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.accounts.Role;

/** A person the contract names for a role, and the enterprise they work for. */
public record NamedStaff(Role role, String userId, String name, String enterpriseId) {}
