package dev.sitehub.cloud.portal;

import io.quarkus.qute.TemplateData;

/**
 * What the sign-in form shows: the typed username (never the password), where to go afterwards, and
 * the problems next to each field and above the form.
 */
@TemplateData
public record SignInForm(
    String username,
    String next,
    SignInProblem usernameError,
    SignInProblem passwordError,
    SignInProblem formError) {
  public static SignInForm empty(String next) {
    return new SignInForm("", LocalRedirect.of(next), null, null, null);
  }
}
