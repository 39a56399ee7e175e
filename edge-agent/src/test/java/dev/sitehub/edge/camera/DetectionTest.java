package dev.sitehub.edge.camera;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.edge.config.CameraSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DetectionTest {
  private static final int FRAMES = 30;

  private static List<MotionResult> run(SyntheticScene scene, MotionDetector d, int frames) {
    List<MotionResult> out = new ArrayList<>();
    try (SyntheticFrameSource src = new SyntheticFrameSource(640, 360, scene)) {
      for (int i = 0; i < frames; i++) {
        out.add(d.process(src.grab()));
      }
    }
    return out;
  }

  @Test
  void motion_movingObject_detectedAfterConsecutiveFrames() {
    SyntheticScene scene = new SyntheticScene();
    try (MotionDetector d = new MotionDetector(30, 0.002, 3, List.of())) {
      run(scene, d, 5);
      scene.objectMoving(true);
      List<MotionResult> r = run(scene, d, FRAMES);
      assertThat(r).anyMatch(MotionResult::started);
      assertThat(r.get(r.size() - 1).motion()).isTrue();
      assertThat(r.get(r.size() - 1).score()).isGreaterThan(0.01);
    }
  }

  @Test
  void motion_sensorNoiseOnly_noMotion() {
    SyntheticScene scene = new SyntheticScene();
    scene.noise(12);
    try (MotionDetector d = new MotionDetector(30, 0.002, 3, List.of())) {
      List<MotionResult> r = run(scene, d, FRAMES);
      assertThat(r).noneMatch(MotionResult::motion);
    }
  }

  @Test
  void motion_lightsSwitchedOn_recalibratesWithoutMotion() {
    SyntheticScene scene = new SyntheticScene();
    try (MotionDetector d = new MotionDetector(30, 0.002, 3, List.of())) {
      run(scene, d, 5);
      scene.brightness(170);
      List<MotionResult> r = run(scene, d, FRAMES);
      assertThat(r).anyMatch(MotionResult::recalibrated);
      assertThat(r).noneMatch(MotionResult::motion);
    }
  }

  @Test
  void motion_objectInsideMask_ignored() {
    SyntheticScene scene = new SyntheticScene();
    CameraSettings.Mask everything = new CameraSettings.Mask(0, 0, 1, 1);
    try (MotionDetector d = new MotionDetector(30, 0.002, 3, List.of(everything))) {
      run(scene, d, 3);
      scene.objectMoving(true);
      assertThat(run(scene, d, FRAMES)).noneMatch(MotionResult::motion);
    }
  }

  @Test
  void tamper_blackFrame_reportedAfterConsecutiveFrames() {
    SyntheticScene scene = new SyntheticScene();
    try (TamperDetector t = new TamperDetector(10, 3);
        SyntheticFrameSource src = new SyntheticFrameSource(640, 360, scene)) {
      for (int i = 0; i < 5; i++) {
        assertThat(t.process(src.grab())).isEmpty();
      }
      scene.covered(true);
      Optional<TamperKind> last = Optional.empty();
      for (int i = 0; i < 5; i++) {
        last = t.process(src.grab());
      }
      assertThat(last).contains(TamperKind.BLACK);
      scene.covered(false);
      for (int i = 0; i < 5; i++) {
        last = t.process(src.grab());
      }
      assertThat(last).isEmpty();
    }
  }

  @Test
  void tamper_frozenFeed_reportedFrozen() {
    SyntheticScene scene = new SyntheticScene();
    try (TamperDetector t = new TamperDetector(10, 2);
        SyntheticFrameSource src = new SyntheticFrameSource(640, 360, scene)) {
      t.process(src.grab());
      scene.frozen(true);
      Optional<TamperKind> last = Optional.empty();
      for (int i = 0; i < TamperDetector.FROZEN_FRAMES + 3; i++) {
        last = t.process(src.grab());
      }
      assertThat(last).contains(TamperKind.FROZEN);
    }
  }

  @Test
  void tamper_blurredLens_reportedBlurred() {
    SyntheticScene scene = new SyntheticScene();
    try (TamperDetector t = new TamperDetector(10, 1);
        SyntheticFrameSource src = new SyntheticFrameSource(640, 360, scene);
        org.bytedeco.opencv.opencv_core.Mat blurred = new org.bytedeco.opencv.opencv_core.Mat()) {
      assertThat(t.classify(src.grab())).isEmpty();
      scene.noise(0);
      org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur(
          src.grab(), blurred, new org.bytedeco.opencv.opencv_core.Size(41, 41), 0);
      assertThat(t.classify(blurred)).contains(TamperKind.BLURRED);
    }
  }

  @Test
  void jpeg_syntheticFrame_isCompleteJpeg() {
    try (SyntheticFrameSource src = new SyntheticFrameSource(640, 360, new SyntheticScene())) {
      byte[] jpeg = new JpegEncoder(80).encode(src.grab());
      assertThat(dev.sitehub.protocol.FrameCodec.isCompleteJpeg(jpeg)).isTrue();
      assertThat(jpeg.length).isBetween(1000, 200_000);
    }
  }
}
