package dev.sitehub.edge.camera;

import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import dev.sitehub.edge.config.CameraSettings;
import dev.sitehub.edge.uplink.Backoff;
import dev.sitehub.protocol.message.CameraHealth;
import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.FrameMeta;
import dev.sitehub.protocol.message.FrameReason;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Runs one camera in its own thread: grabs frames at the live rate, runs motion and tamper
 * detection on each, and emits periodic, motion-burst, requested and daily snapshots plus live
 * frames while live mode lasts. A failing source is closed, reported in health and reopened with
 * backoff; it never stops the agent.
 */
public final class CameraWorker implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(CameraWorker.class.getName());
  static final int MOTION_BURST = 3;
  static final double BLUR_VARIANCE = 10;

  private final CameraSettings settings;
  private final FrameSource source;
  private final CameraOutput output;
  private final Clock clock;
  private final ZoneId zone;
  private final AtomicBoolean running = new AtomicBoolean();
  private final Mat scaled = new Mat();
  private final JpegEncoder jpeg;
  private volatile Instant liveUntil = Instant.EPOCH;
  private volatile boolean snapshotRequested;
  private volatile Instant lastFrameAt;
  private volatile String error;
  private volatile boolean healthy;
  private Instant nextPeriodic;
  private LocalDate lastDaily;
  private int burstLeft;
  private long seq;
  private Thread thread;

  public CameraWorker(
      CameraSettings settings, FrameSource source, CameraOutput output, Clock clock, ZoneId zone) {
    this.settings = settings;
    this.source = source;
    this.output = output;
    this.clock = clock;
    this.zone = zone;
    this.jpeg = new JpegEncoder(settings.jpegQuality());
  }

  public String id() {
    return settings.id();
  }

  public void start() {
    if (running.compareAndSet(false, true)) {
      thread = new Thread(this::run, "sitehub-camera-" + settings.id());
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void run() {
    Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));
    long periodNanos = 1_000_000_000L / settings.liveFps();
    while (running.get()) {
      try (MotionDetector motion = MotionDetector.of(settings);
          TamperDetector tamper = new TamperDetector(BLUR_VARIANCE, settings.motionFrames())) {
        source.open();
        healthy = true;
        error = null;
        backoff.reset();
        nextPeriodic = clock.instant();
        Optional<TamperKind> tampered = Optional.empty();
        while (running.get()) {
          long t0 = System.nanoTime();
          Mat frame = fit(source.grab());
          lastFrameAt = clock.instant();
          MotionResult m = motion.process(frame);
          Optional<TamperKind> t = tamper.process(frame);
          if (!t.equals(tampered)) {
            reportTamper(tampered, t);
            tampered = t;
          }
          emit(frame, m);
          long sleep = periodNanos - (System.nanoTime() - t0);
          if (sleep > 0) {
            Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
          }
        }
      } catch (CameraException | RuntimeException e) {
        fail(e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        source.close();
      }
      if (running.get()) {
        try {
          Thread.sleep(backoff.nextDelayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void fail(String message) {
    boolean wasHealthy = healthy || error == null;
    healthy = false;
    error = message == null ? "camera failure" : message;
    if (wasHealthy) {
      LOG.log(Level.WARNING, "camera failed camera=" + settings.id() + ": " + error);
      output.event(EventType.CAMERA_FAULT, settings.id(), EventState.ON, Map.of("error", error));
    }
  }

  private Mat fit(Mat frame) {
    if (frame.cols() == settings.width() && frame.rows() == settings.height()) {
      return frame;
    }
    resize(frame, scaled, new Size(settings.width(), settings.height()));
    return scaled;
  }

  private void reportTamper(Optional<TamperKind> before, Optional<TamperKind> now) {
    if (now.isPresent()) {
      LOG.log(Level.WARNING, "camera tamper camera=" + settings.id() + " kind=" + now.get());
      output.event(
          EventType.CAMERA_TAMPER,
          settings.id(),
          EventState.ON,
          Map.of("kind", now.get().wireName()));
    } else {
      output.event(
          EventType.CAMERA_TAMPER,
          settings.id(),
          EventState.OFF,
          Map.of("kind", before.map(TamperKind::wireName).orElse("none")));
    }
  }

  private void emit(Mat frame, MotionResult m) {
    Instant now = clock.instant();
    if (m.started()) {
      output.event(
          EventType.CAMERA_MOTION,
          settings.id(),
          EventState.ON,
          Map.of("score", String.format("%.4f", m.score())));
      burstLeft = MOTION_BURST;
    } else if (m.stopped()) {
      output.event(EventType.CAMERA_MOTION, settings.id(), EventState.OFF, Map.of());
    }
    if (now.isBefore(liveUntil)) {
      send(frame, m, FrameReason.LIVE, true, now);
    }
    FrameReason reason = null;
    if (snapshotRequested) {
      snapshotRequested = false;
      reason = FrameReason.REQUEST;
    } else if (burstLeft > 0) {
      burstLeft--;
      reason = FrameReason.MOTION;
    } else if (isDailyDue(now)) {
      reason = FrameReason.DAILY;
    } else if (!now.isBefore(nextPeriodic)) {
      reason = FrameReason.PERIODIC;
    }
    if (reason != null) {
      nextPeriodic = now.plus(settings.snapshotInterval());
      send(frame, m, reason, false, now);
    }
  }

  private boolean isDailyDue(Instant now) {
    var local = now.atZone(zone);
    LocalDate today = local.toLocalDate();
    if (local.toLocalTime().isBefore(settings.dailyPhotoAt()) || today.equals(lastDaily)) {
      return false;
    }
    boolean first = lastDaily == null;
    lastDaily = today;
    // On the first day after start, only take it if we are within a minute of the set time.
    return !first || local.toLocalTime().isBefore(settings.dailyPhotoAt().plusMinutes(1));
  }

  private void send(Mat frame, MotionResult m, FrameReason reason, boolean live, Instant now) {
    byte[] bytes = jpeg.encode(frame);
    FrameMeta meta =
        new FrameMeta(settings.id(), now, seq++, frame.cols(), frame.rows(), m.score(), reason);
    output.frame(meta, bytes, live);
  }

  /** Asks for a snapshot with the next frame; false when the camera is not delivering frames. */
  public boolean requestSnapshot() {
    if (!healthy) {
      return false;
    }
    snapshotRequested = true;
    return true;
  }

  public Instant startLive(Duration d) {
    liveUntil = clock.instant().plus(d);
    LOG.log(Level.INFO, "camera live camera=" + settings.id() + " until=" + liveUntil);
    return liveUntil;
  }

  public void stopLive() {
    liveUntil = Instant.EPOCH;
  }

  public CameraHealth health() {
    String mode = clock.instant().isBefore(liveUntil) ? "live" : "idle";
    return new CameraHealth(settings.id(), healthy, mode, lastFrameAt, healthy ? null : error);
  }

  @Override
  public void close() {
    running.set(false);
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    scaled.close();
  }
}
