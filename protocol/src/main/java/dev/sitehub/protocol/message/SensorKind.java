package dev.sitehub.protocol.message;

import java.util.Locale;
import java.util.Optional;

/** What a reading measures, with its canonical unit. The wire name is {@link #wireName()}. */
public enum SensorKind {
  TEMPERATURE("degC"),
  HUMIDITY("%RH"),
  AIR_PRESSURE("hPa"),
  PM1("ug/m3"),
  PM2_5("ug/m3"),
  PM10("ug/m3"),
  NOISE("dBA"),
  FORMALDEHYDE("mg/m3"),
  TVOC("mg/m3"),
  WATER_PRESSURE("MPa"),
  /** A digital input sampled as 0 or 1 (leak probe, door contact, PIR). */
  DIGITAL("bool");

  private final String unit;

  SensorKind(String unit) {
    this.unit = unit;
  }

  public String unit() {
    return unit;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SensorKind> fromWire(String name) {
    for (SensorKind k : values()) {
      if (k.wireName().equals(name)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
