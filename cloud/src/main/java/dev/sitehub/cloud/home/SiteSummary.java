package dev.sitehub.cloud.home;

import io.quarkus.qute.TemplateData;

/** One line of a sites overview: where it is, how many boxes are online, when it last spoke. */
@TemplateData
public record SiteSummary(
    String siteId, String name, String address, int devices, int online, String latestActivity) {
  public boolean anyOffline() {
    return online < devices;
  }

  public boolean hasDevices() {
    return devices > 0;
  }
}
