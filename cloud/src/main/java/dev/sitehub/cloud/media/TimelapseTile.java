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
    TimelapseJob.Status status,
    int percent,
    String videoUrl) {

  static TimelapseTile of(TimelapseJob j) {
    return new TimelapseTile(
        j.id().toString(),
        j.cameraId(),
        j.from().toString(),
        j.to().toString(),
        j.status(),
        (int) Math.round(j.progress() * 100),
        j.status() == TimelapseJob.Status.DONE
            ? "/api/sites/" + j.siteId() + "/timelapses/" + j.id() + "/video"
            : null);
  }

  public boolean done() {
    return videoUrl != null;
  }

  /** The state as the page's data attribute names it: queued, running, done or failed. */
  public String statusName() {
    return status.name().toLowerCase(Locale.ROOT);
  }

  public boolean failed() {
    return status == TimelapseJob.Status.FAILED;
  }

  public boolean running() {
    return status == TimelapseJob.Status.RUNNING;
  }
}
