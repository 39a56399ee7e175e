package dev.sitehub.cloud.portal;

/**
 * Why the sign-in form came back: a field left empty, or the account service's refusal; the {@code
 * msg} bundle holds one text per constant, so a missing text fails the build.
 */
enum SignInProblem {
  REQUIRED,
  BAD_CREDENTIALS,
  THROTTLED;

  /** The refusal of {@code AccountService.authenticate} by its HTTP status: 429 or 401. */
  static SignInProblem refusal(int status) {
    return status == 429 ? THROTTLED : BAD_CREDENTIALS;
  }
}
