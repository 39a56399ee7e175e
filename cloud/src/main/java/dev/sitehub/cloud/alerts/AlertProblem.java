package dev.sitehub.cloud.alerts;

/**
 * Why an acknowledge or resolve form came back: the comment was missing or too long, or someone
 * moved the alert first. The {@code alertmsg} bundle holds one text per constant, so a missing text
 * fails the build.
 */
enum AlertProblem {
  REQUIRED,
  TOO_LONG,
  CONFLICT
}
