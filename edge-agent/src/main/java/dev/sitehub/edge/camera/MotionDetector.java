package dev.sitehub.edge.camera;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.absdiff;
import static org.bytedeco.opencv.global.opencv_core.bitwise_and;
import static org.bytedeco.opencv.global.opencv_core.countNonZero;
import static org.bytedeco.opencv.global.opencv_imgproc.CHAIN_APPROX_SIMPLE;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_8;
import static org.bytedeco.opencv.global.opencv_imgproc.RETR_EXTERNAL;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY;
import static org.bytedeco.opencv.global.opencv_imgproc.accumulateWeighted;
import static org.bytedeco.opencv.global.opencv_imgproc.contourArea;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.dilate;
import static org.bytedeco.opencv.global.opencv_imgproc.findContours;
import static org.bytedeco.opencv.global.opencv_imgproc.rectangle;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.opencv.global.opencv_imgproc.threshold;

import dev.sitehub.edge.config.CameraSettings;
import java.util.List;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Motion by background subtraction: grey, blurred, downscaled frames are compared with a running
 * average; pixels differing by more than the threshold are dilated into regions, and regions above
 * the minimum area count. Motion needs N consecutive frames to start and N quiet ones to stop. When
 * most of the frame changes at once (lights on or off) the background is reset instead. Not
 * thread-safe: one per camera.
 */
public final class MotionDetector implements AutoCloseable {
  static final int ANALYSIS_WIDTH = 320;
  static final double GLOBAL_CHANGE_FRACTION = 0.5;
  static final double BACKGROUND_ALPHA = 0.05;

  private final int threshold;
  private final double minAreaFraction;
  private final int framesNeeded;
  private final List<CameraSettings.Mask> masks;
  private final Mat small = new Mat();
  private final Mat grey = new Mat();
  private final Mat background = new Mat();
  private final Mat background8 = new Mat();
  private final Mat diff = new Mat();
  private final Mat kernel = new Mat();
  private Mat mask;
  private boolean motion;
  private int streak;

  public MotionDetector(
      int threshold, double minAreaFraction, int framesNeeded, List<CameraSettings.Mask> masks) {
    this.threshold = threshold;
    this.minAreaFraction = minAreaFraction;
    this.framesNeeded = framesNeeded;
    this.masks = List.copyOf(masks);
  }

  public static MotionDetector of(CameraSettings c) {
    return new MotionDetector(
        c.motionThreshold(), c.motionMinAreaFraction(), c.motionFrames(), c.masks());
  }

  public MotionResult process(Mat bgr) {
    int h = Math.max(1, bgr.rows() * ANALYSIS_WIDTH / Math.max(1, bgr.cols()));
    resize(bgr, small, new Size(ANALYSIS_WIDTH, h));
    cvtColor(small, grey, COLOR_BGR2GRAY);
    GaussianBlur(grey, grey, new Size(5, 5), 0);
    if (background.empty()) {
      grey.convertTo(background, CV_32F);
      mask = buildMask(grey.cols(), grey.rows());
      return verdict(0, false, false);
    }
    background.convertTo(background8, grey.type());
    absdiff(grey, background8, diff);
    threshold(diff, diff, threshold, 255, THRESH_BINARY);
    if (mask != null) {
      bitwise_and(diff, mask, diff);
    }
    double pixels = (double) diff.rows() * diff.cols();
    double changed = countNonZero(diff) / pixels;
    if (changed > GLOBAL_CHANGE_FRACTION) {
      grey.convertTo(background, CV_32F);
      return verdict(0, false, true);
    }
    dilate(diff, diff, kernel, new Point(-1, -1), 2, 0, new Scalar(0, 0, 0, 0));
    double area = 0;
    double minArea = minAreaFraction * pixels;
    try (MatVector contours = new MatVector()) {
      findContours(diff, contours, RETR_EXTERNAL, CHAIN_APPROX_SIMPLE);
      for (long i = 0; i < contours.size(); i++) {
        double a = contourArea(contours.get(i));
        if (a >= minArea) {
          area += a;
        }
      }
    }
    accumulateWeighted(grey, background, BACKGROUND_ALPHA);
    double score = Math.min(1.0, area / pixels);
    return verdict(score, score > 0, false);
  }

  private MotionResult verdict(double score, boolean moving, boolean recalibrated) {
    boolean started = false;
    boolean stopped = false;
    if (moving != motion) {
      streak++;
      if (streak >= framesNeeded) {
        motion = moving;
        started = moving;
        stopped = !moving;
        streak = 0;
      }
    } else {
      streak = 0;
    }
    return new MotionResult(score, motion, started, stopped, recalibrated);
  }

  /** 255 where motion counts, 0 under the configured masks; null when there are none. */
  private Mat buildMask(int w, int h) {
    if (masks.isEmpty()) {
      return null;
    }
    Mat m = new Mat(h, w, CV_8UC1, new Scalar(255, 0, 0, 0));
    for (CameraSettings.Mask r : masks) {
      rectangle(
          m,
          new Point((int) (r.x() * w), (int) (r.y() * h)),
          new Point((int) ((r.x() + r.w()) * w), (int) ((r.y() + r.h()) * h)),
          new Scalar(0, 0, 0, 0),
          FILLED,
          LINE_8,
          0);
    }
    return m;
  }

  public boolean motion() {
    return motion;
  }

  @Override
  public void close() {
    small.close();
    grey.close();
    background.close();
    background8.close();
    diff.close();
    kernel.close();
    if (mask != null) {
      mask.close();
    }
  }
}
