package dev.sitehub.cloud.accounts;

import java.util.Set;

/** A person who signs in, with the roles they hold. The password hash never leaves the package. */
public record UserAccount(
    String userId, String username, String displayName, String passwordHash, Set<Role> roles) {
  public UserAccount {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
