package dev.sitehub.cloud.alerts;

import java.util.List;

/** A rule that cannot be evaluated; the message lists every problem, separated by "; ". */
class InvalidRuleException extends IllegalArgumentException {
  private final List<String> problems;

  InvalidRuleException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** What is wrong, one entry per problem. */
  public List<String> problems() {
    return problems;
  }
}
