package dev.sitehub.edge.camera;

import dev.sitehub.edge.config.CameraSettings;
import dev.sitehub.edge.config.ConfigException;

/** Builds the {@link FrameSource} a camera's {@code source} setting names. */
public interface FrameSources {
  FrameSource create(CameraSettings camera);

  /** The production mapping: v4l2:, rtsp://, file: and synthetic. */
  static FrameSources standard() {
    return c -> {
      String s = c.source();
      if (s.startsWith("v4l2:")) {
        return new GrabberFrameSource(
            GrabberFrameSource.Kind.V4L2, s.substring(5), c.width(), c.height(), c.liveFps());
      }
      if (s.startsWith("rtsp://") || s.startsWith("rtsps://")) {
        return new GrabberFrameSource(
            GrabberFrameSource.Kind.RTSP, s, c.width(), c.height(), c.liveFps());
      }
      if (s.startsWith("file:")) {
        return new GrabberFrameSource(
            GrabberFrameSource.Kind.FILE, s.substring(5), c.width(), c.height(), c.liveFps());
      }
      if (s.equals("synthetic")) {
        return new SyntheticFrameSource(c.width(), c.height(), new SyntheticScene());
      }
      throw new ConfigException("camera." + c.id() + ".source", "unknown source '" + s + "'");
    };
  }
}
