package dev.sitehub.cloud.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects what is wrong with a rule being built, so that one error names every problem. */
final class RuleProblems {
  private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,48}");
  private final List<String> problems = new ArrayList<>();

  private RuleProblems() {}

  /** Starts with the checks every kind shares: the code, then the kind. */
  static RuleProblems ofCode(String code) {
    RuleProblems p = new RuleProblems();
    return p.require(
        code != null && CODE.matcher(code).matches(), "code must match " + CODE.pattern());
  }

  /** Starts with the checks every kind shares: the code and the severity. */
  static RuleProblems of(String code, Severity severity) {
    return ofCode(code).require(severity != null, "severity is required");
  }

  RuleProblems require(boolean ok, String message) {
    if (!ok) {
      problems.add(message);
    }
    return this;
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidRuleException(problems);
    }
  }
}
