package dev.sitehub.cloud.attachments;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where uploads are kept and how large they may be. */
@ConfigMapping(prefix = "sitehub.attachments")
public interface AttachmentConfig {

  /** Folder for stored uploads (certificates, message attachments). */
  @WithDefault("${user.home}/.sitehub/attachments")
  String dir();

  /** Largest accepted upload, in bytes. */
  @WithDefault("10485760")
  long maxBytes();
}
