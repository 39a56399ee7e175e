package dev.sitehub.cloud.media;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The time-lapse page's texts in English; mediamsg_zh_CN.properties holds the Chinese ones under
 * the same keys.
 */
@MessageBundle(value = "mediamsg", locale = "en")
public interface MediaMessages {
  @Message("Time-lapses")
  String timelapsesLink();

  @Message("Time-lapses · {site}")
  String timelapsesTitle(String site);

  @Message("Each time-lapse condenses a camera's daily stills into a short video.")
  String intro();

  @Message("No time-lapses for this site yet.")
  String noTimelapses();

  @Message("Camera {camera} · {from} to {to}")
  String range(String camera, String from, String to);

  @Message("Time-lapse of camera {camera}")
  String videoLabel(String camera);

  @Message("Download MP4")
  String download();

  /** A time-lapse's state; mediamsg.properties and its zh_CN file hold one text each. */
  @Message
  String status(TimelapseJob.Status status);

  @Message("{percent} % done")
  String percent(int percent);
}
