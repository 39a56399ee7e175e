package dev.sitehub.cloud.milestones;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The calendar days a milestone covers in the site's zone: from its actual start (else planned
 * start) to its actual end, else today while it runs, else its planned end. A milestone that has
 * neither started nor been planned covers no days.
 */
record MilestoneWindow(LocalDate from, LocalDate to) {

  static Optional<MilestoneWindow> of(Milestone m, ZoneId zone, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate from =
        m.actualStart() != null ? LocalDate.ofInstant(m.actualStart(), zone) : m.plannedStart();
    if (from == null) {
      return Optional.empty();
    }
    LocalDate to;
    if (m.actualEnd() != null) {
      to = LocalDate.ofInstant(m.actualEnd(), zone);
    } else if (m.actualStart() != null || m.plannedEnd() == null) {
      to = today;
    } else {
      to = m.plannedEnd();
    }
    // A window that has not begun yet, or a planned end already past today, is cut to what exists.
    if (to.isAfter(today)) {
      to = today;
    }
    if (from.isAfter(to)) {
      return Optional.empty();
    }
    return Optional.of(new MilestoneWindow(from, to));
  }
}
