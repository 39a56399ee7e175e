package dev.sitehub.cloud.inspections;

/** One line of a checklist template: a stable code and what the supervisor checks. */
public record ChecklistItem(String code, String title) {}
