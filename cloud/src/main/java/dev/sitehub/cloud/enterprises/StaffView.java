package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.accounts.Role;

/** A staff member as a profile shows them. */
public record StaffView(String userId, String displayName, Role role, String title) {
  static StaffView of(StaffMember m) {
    return new StaffView(m.userId(), m.displayName(), m.role(), m.title());
  }
}
