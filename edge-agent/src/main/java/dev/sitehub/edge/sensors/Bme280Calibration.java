package dev.sitehub.edge.sensors;

/**
 * The BME280 trimming parameters (datasheet section 4.2.2) and the floating-point compensation
 * formulas of datasheet section 8.1. Pure arithmetic, so it is tested with known raw and
 * compensated pairs.
 */
public record Bme280Calibration(
    int t1,
    int t2,
    int t3,
    int p1,
    int p2,
    int p3,
    int p4,
    int p5,
    int p6,
    int p7,
    int p8,
    int p9,
    int h1,
    int h2,
    int h3,
    int h4,
    int h5,
    int h6) {

  /** Parses registers 0x88..0xA1 (26 bytes) and 0xE1..0xE7 (7 bytes). */
  public static Bme280Calibration parse(byte[] tp, byte[] h) {
    if (tp.length < 26 || h.length < 7) {
      throw new IllegalArgumentException("calibration blocks too short");
    }
    return new Bme280Calibration(
        u16(tp, 0),
        s16(tp, 2),
        s16(tp, 4),
        u16(tp, 6),
        s16(tp, 8),
        s16(tp, 10),
        s16(tp, 12),
        s16(tp, 14),
        s16(tp, 16),
        s16(tp, 18),
        s16(tp, 20),
        s16(tp, 22),
        tp[25] & 0xff,
        s16(h, 0),
        h[2] & 0xff,
        (h[3] << 4) | (h[4] & 0x0f),
        (h[5] << 4) | ((h[4] & 0xff) >> 4),
        h[6]);
  }

  private static int u16(byte[] b, int i) {
    return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
  }

  private static int s16(byte[] b, int i) {
    return (short) u16(b, i);
  }

  /** Fine temperature, shared by the pressure and humidity formulas. */
  public double tFine(int adcT) {
    double v1 = (adcT / 16384.0 - t1 / 1024.0) * t2;
    double d = adcT / 131072.0 - t1 / 8192.0;
    double v2 = d * d * t3;
    return v1 + v2;
  }

  /** Degrees Celsius. */
  public double temperature(int adcT) {
    return tFine(adcT) / 5120.0;
  }

  /** Pascal; NaN when the calibration would divide by zero. */
  public double pressure(int adcP, double tFine) {
    double v1 = tFine / 2.0 - 64000.0;
    double v2 = v1 * v1 * p6 / 32768.0;
    v2 = v2 + v1 * p5 * 2.0;
    v2 = v2 / 4.0 + p4 * 65536.0;
    v1 = (p3 * v1 * v1 / 524288.0 + p2 * v1) / 524288.0;
    v1 = (1.0 + v1 / 32768.0) * p1;
    if (v1 == 0.0) {
      return Double.NaN;
    }
    double p = 1048576.0 - adcP;
    p = (p - v2 / 4096.0) * 6250.0 / v1;
    v1 = p9 * p * p / 2147483648.0;
    v2 = p * p8 / 32768.0;
    return p + (v1 + v2 + p7) / 16.0;
  }

  /** Relative humidity in percent, clamped to 0..100. */
  public double humidity(int adcH, double tFine) {
    double h = tFine - 76800.0;
    h =
        (adcH - (h4 * 64.0 + h5 / 16384.0 * h))
            * (h2 / 65536.0 * (1.0 + h6 / 67108864.0 * h * (1.0 + h3 / 67108864.0 * h)));
    h = h * (1.0 - h1 * h / 524288.0);
    return Math.max(0, Math.min(100, h));
  }
}
