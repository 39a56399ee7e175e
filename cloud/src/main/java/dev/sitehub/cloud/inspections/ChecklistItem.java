package dev.sitehub.cloud.inspections;

/**
 * One line of a checklist: a stable code, what the supervisor checks (the English title, stored
 * with every answer), and the standard's chapter or clause it comes from (null for items a
 * supervisor added on a project).
 */
public record ChecklistItem(String code, String title, String clause) {
  /** An item that cites no standard. */
  public ChecklistItem(String code, String title) {
    this(code, title, null);
  }

  /** The item's code as the messages know it; null for an item a supervisor added. */
  public ChecklistItemCode name() {
    return name(code);
  }

  /**
   * The typed code of a stored item, also for items of earlier templates; null for a code the
   * messages do not know (an item a supervisor added), whose stored title is shown.
   */
  static ChecklistItemCode name(String code) {
    return ChecklistItemCode.of(code).orElse(null);
  }
}
