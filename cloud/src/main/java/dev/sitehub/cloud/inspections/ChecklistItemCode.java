package dev.sitehub.cloud.inspections;

import java.util.Locale;
import java.util.Optional;

/**
 * The stable code of every item on the checklist templates, so that pages name an item in the
 * viewer's language through a message the build checks ({@code inspmsg:item}); the code on the wire
 * and in the database stays the lower-case form ("pe-pressure").
 */
public enum ChecklistItemCode {
  PE_PRESSURE,
  PE_ROUTING,
  PE_CIRCUITS,
  PE_SEPARATION,
  WP_CLOSED_WATER,
  WP_WALL_HEIGHT,
  WP_SHOWER_HEIGHT,
  WP_PENETRATIONS,
  TL_HOLLOW_OVERALL,
  TL_HOLLOW_ROOM,
  TL_FLATNESS,
  TL_FALLS,
  PT_SURFACE,
  PT_CURING,
  PT_EDGES,
  CP_FIXTURES,
  CP_SERVICES,
  CP_AIR,
  CP_CLEAN,
  GN_WORKMANSHIP,
  PE_DRAIN_FLOW,
  PE_CONDUIT,
  WP_BASE,
  CW_CEILING,
  CW_PARTITION,
  CW_JOINERY,
  CW_FIRE,
  CW_PANELS,
  PT_BASE,
  IN_SANITARY,
  IN_TAPS,
  IN_ELECTRICAL,
  IN_DOORS;

  /** The code of a stored item, or empty for a code on no template (its stored title is shown). */
  static Optional<ChecklistItemCode> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(code.replace('-', '_').toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
