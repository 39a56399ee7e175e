package dev.sitehub.edge.camera;

import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Where a camera's frames come from: V4L2, RTSP, a video file or the synthetic scene. Camera code
 * receives one of these, never a device path, so tests swap in synthetic frames.
 */
public interface FrameSource extends AutoCloseable {
  /** A short description for logs and health, without credentials. */
  String describe();

  void open() throws CameraException;

  /** The next BGR frame; owned by the source and valid until the next call. */
  Mat grab() throws CameraException;

  @Override
  void close();
}
