package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.portal.MessageKeys;
import java.util.Arrays;

/** One line of a checklist template: a stable code and what the supervisor checks. */
public record ChecklistItem(String code, String title) {
  /**
   * The message key that names the item in the viewer's language: "pe-pressure" is itemPePressure.
   */
  public String titleKey() {
    return titleKey(code);
  }

  /**
   * The key for a stored item code; null for a code on no template, whose stored title is shown.
   */
  static String titleKey(String code) {
    boolean known =
        code != null
            && Arrays.stream(Checklist.values())
                .flatMap(c -> c.items().stream())
                .anyMatch(i -> i.code().equals(code));
    return known ? MessageKeys.of("item", code.replace('-', '_')) : null;
  }
}
