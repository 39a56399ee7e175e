package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.accounts.Role;

/** An admin's invitation of a registered person, by username, for one staff role. */
public record InviteStaffRequest(String username, Role role, String title) {}
