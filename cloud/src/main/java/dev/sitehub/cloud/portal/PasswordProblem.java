package dev.sitehub.cloud.portal;

/**
 * Why a password form came back; the {@code msg} bundle holds one text per constant ({@code
 * passwordProblem}), so a missing text fails the build.
 */
public enum PasswordProblem {
  REQUIRED,
  MISMATCH,
  WEAK_PASSWORD,
  WRONG_PASSWORD,
  THROTTLED,
  RESET_THROTTLED
}
