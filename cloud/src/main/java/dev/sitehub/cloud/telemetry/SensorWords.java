package dev.sitehub.cloud.telemetry;

import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.SensorKind;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/**
 * Names stored reading and event codes in a viewer's language for pages and messages of any
 * feature: metric names ("air_pressure" → 气压), units as people write them ("degC" → °C) and events
 * ("agent_started" → 设备已启动). A code no message knows is shown as stored.
 */
public final class SensorWords {
  private SensorWords() {}

  static SensorMessages messages(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage())
        ? MessageBundles.get(SensorMessages.class, Localized.Literal.of("zh-CN"))
        : MessageBundles.get(SensorMessages.class);
  }

  /** The name of a metric given by its wire name, such as "noise". */
  public static String metric(String wire, Locale locale) {
    return wire == null
        ? ""
        : SensorKind.fromWire(wire).map(k -> messages(locale).metric(k)).orElse(wire);
  }

  /** The name of an event given by its wire name, such as "agent_started". */
  public static String event(String wire, Locale locale) {
    return wire == null
        ? ""
        : EventType.fromWire(wire).map(t -> messages(locale).event(t)).orElse(wire);
  }

  /** A stored unit as people write it: "degC" is °C, "%RH" is %, "ug/m3" is µg/m³. */
  public static String unit(String unit) {
    if (unit == null) {
      return "";
    }
    return switch (unit) {
      case "degC" -> "°C";
      case "%RH" -> "%";
      case "ug/m3" -> "µg/m³";
      case "mg/m3" -> "mg/m³";
      case "bool" -> "";
      default -> unit;
    };
  }

  /** A leak probe's reading in words: any non-zero value is a leak. */
  public static String leak(double value, Locale locale) {
    return value != 0 ? messages(locale).leakWet() : messages(locale).leakDry();
  }
}
