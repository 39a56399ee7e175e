package dev.sitehub.edge.camera;

/**
 * The state of a synthetic scene, changed by tests and simulator scenarios while a {@link
 * SyntheticFrameSource} renders it: a moving object, the lights, a cover over the lens, a frozen
 * picture. Thread-safe.
 */
public final class SyntheticScene {
  private volatile boolean objectMoving;
  private volatile int brightness = 90;
  private volatile boolean covered;
  private volatile boolean frozen;
  private volatile int noise = 6;

  public boolean objectMoving() {
    return objectMoving;
  }

  public void objectMoving(boolean moving) {
    this.objectMoving = moving;
  }

  /** Mean brightness of the background, 0..255; raising it sharply is "lights on". */
  public int brightness() {
    return brightness;
  }

  public void brightness(int value) {
    this.brightness = Math.max(0, Math.min(255, value));
  }

  public boolean covered() {
    return covered;
  }

  public void covered(boolean value) {
    this.covered = value;
  }

  public boolean frozen() {
    return frozen;
  }

  public void frozen(boolean value) {
    this.frozen = value;
  }

  /** Amplitude of per-pixel sensor noise. */
  public int noise() {
    return noise;
  }

  public void noise(int value) {
    this.noise = Math.max(0, value);
  }
}
