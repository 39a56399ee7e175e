package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.accounts.Role;

/** A request to name a staff member for a role in the contract. */
public record StaffRequest(Role role, String userId) {}
