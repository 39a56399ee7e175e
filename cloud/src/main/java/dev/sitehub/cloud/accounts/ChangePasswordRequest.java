package dev.sitehub.cloud.accounts;

/** A signed-in person's request to change their password, with the current one as proof. */
public record ChangePasswordRequest(String currentPassword, String newPassword) {
  @Override
  public String toString() {
    return "ChangePasswordRequest[<redacted>]";
  }
}
