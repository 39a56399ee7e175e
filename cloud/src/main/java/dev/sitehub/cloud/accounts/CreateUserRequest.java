package dev.sitehub.cloud.accounts;

import java.util.Set;

/** An operator's request to create a user account. */
public record CreateUserRequest(
    String username, String displayName, String password, Set<Role> roles) {
  @Override
  public String toString() {
    return "CreateUserRequest[username=" + username + ", roles=" + roles + "]";
  }
}
