package dev.sitehub.cloud.portal;

import java.util.regex.Pattern;

/**
 * A redirect target taken from a request parameter, accepted only when it stays inside the portal,
 * so that sign-in and the language switch cannot be used as an open redirect.
 */
final class LocalRedirect {
  private static final Pattern SAFE =
      Pattern.compile("/portal(/[A-Za-z0-9_\\-./]*)?(\\?[A-Za-z0-9_\\-.=&%]*)?");
  public static final String HOME = "/portal/home";

  private LocalRedirect() {}

  public static String of(String next) {
    if (next == null || next.contains("..") || !SAFE.matcher(next).matches()) {
      return HOME;
    }
    return next;
  }
}
