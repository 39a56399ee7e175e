package dev.sitehub.cloud.accounts;

/** A username and password, as posted to the login endpoints. */
public record Credentials(String username, String password) {
  @Override
  public String toString() {
    return "Credentials[username=" + username + ", password=<redacted>]";
  }
}
