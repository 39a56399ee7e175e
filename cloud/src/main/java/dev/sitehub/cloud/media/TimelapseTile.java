package dev.sitehub.cloud.media;

import io.quarkus.qute.TemplateData;
import java.util.Locale;

/**
 * One time-lapse on the portal page: its camera and days, its state, and the video URL once done.
 */
@TemplateData
public record TimelapseTile(
    String id,
    String cameraId,
    String from,
    String to,
    String status,
    int percent,
    String videoUrl) {

  static TimelapseTile of(TimelapseJob j) {
    return new TimelapseTile(
        j.id().toString(),
        j.cameraId(),
        j.from().toString(),
        j.to().toString(),
        j.status().name().toLowerCase(Locale.ROOT),
        (int) Math.round(j.progress() * 100),
        j.status() == TimelapseJob.Status.DONE
            ? "/api/sites/" + j.siteId() + "/timelapses/" + j.id() + "/video"
            : null);
  }

  public boolean done() {
    return videoUrl != null;
  }

  /** The message key of the state label. */
  public String statusKey() {
    return "status_" + status;
  }
}
