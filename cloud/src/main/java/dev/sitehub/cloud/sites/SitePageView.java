package dev.sitehub.cloud.sites;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * What the site page shows: the site, its latest readings, the charts to draw and recent events.
 */
@TemplateData
public record SitePageView(
    SiteView site, List<Reading> readings, List<Chart> charts, List<Event> events) {

  /** A latest value, already formatted in the site's zone. */
  @TemplateData
  public record Reading(
      String deviceId,
      String sensorId,
      String kind,
      String value,
      String unit,
      String time,
      String kindName) {}

  /** One chart: a sensor's kind, drawn by portal.js from the telemetry API. */
  @TemplateData
  public record Chart(String id, String sensorId, String kind, String unit, String url) {}

  /** A device event in the site's zone. */
  @TemplateData
  public record Event(
      String time, String deviceId, String type, String source, String state, String typeName) {}
}
