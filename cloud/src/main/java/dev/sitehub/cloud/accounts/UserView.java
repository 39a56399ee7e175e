package dev.sitehub.cloud.accounts;

import java.util.Set;

/** A user as the API shows it: never the password hash. */
public record UserView(String userId, String username, String displayName, Set<Role> roles) {
  static UserView of(UserAccount u) {
    return new UserView(u.userId(), u.username(), u.displayName(), u.roles());
  }
}
