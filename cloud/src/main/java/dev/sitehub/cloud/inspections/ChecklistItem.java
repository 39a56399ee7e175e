package dev.sitehub.cloud.inspections;

import java.util.Arrays;

/** One line of a checklist template: a stable code and what the supervisor checks. */
public record ChecklistItem(String code, String title) {
  /** The item's code as the messages know it; null for a code on no template. */
  public ChecklistItemCode name() {
    return name(code);
  }

  /**
   * The typed code of a stored item; null for a code on no template, whose stored title is shown.
   */
  static ChecklistItemCode name(String code) {
    boolean known =
        code != null
            && Arrays.stream(Checklist.values())
                .flatMap(c -> c.items().stream())
                .anyMatch(i -> i.code().equals(code));
    return known ? ChecklistItemCode.of(code).orElse(null) : null;
  }
}
