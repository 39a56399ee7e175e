package dev.sitehub.edge.camera;

import java.util.Locale;

/** Ways a camera can be blinded. */
public enum TamperKind {
  /** Almost no light: covered lens or lights out. */
  BLACK,
  /** No structure at all: sprayed, taped or pointed at a wall. */
  UNIFORM,
  /** Edges gone: defocused or smeared lens. */
  BLURRED,
  /** Bit-identical frames: a real sensor always has noise, so the feed is stuck. */
  FROZEN;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
