package dev.sitehub.cloud.live;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The live-view page's texts in English; livemsg_zh_CN.properties holds the Chinese ones under the
 * same keys.
 */
@MessageBundle(value = "livemsg", locale = "en")
public interface LiveMessages {
  @Message("Live view")
  String liveLink();

  @Message("Live view · {site}")
  String liveTitle(String site);

  @Message(
      "Tap a camera to watch it live. While nobody watches, a still is taken about once a minute.")
  String intro();

  @Message("No cameras at this site yet.")
  String noCameras();

  @Message("No still yet")
  String noSnapshot();

  @Message("{n} s ago")
  String ageSeconds(String n);

  @Message("{n} min ago")
  String ageMinutes(String n);

  @Message("{n} h ago")
  String ageHours(String n);

  @Message("{n} d ago")
  String ageDays(String n);

  @Message("Watch {camera} live")
  String goLive(String camera);

  @Message("Close live view")
  String stopLive();

  @Message("Connecting…")
  String connecting();

  @Message("Live")
  String live();

  @Message("{n} watching")
  String viewers(String n);

  @Message("The live view could not start. Please try again.")
  String failed();

  @Message("Live view ended; showing the latest still.")
  String ended();

  @Message("Camera {camera} on box {device}")
  String cameraAlt(String camera, String device);

  @Message("Box offline")
  String boxOffline();
}
