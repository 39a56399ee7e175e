package dev.sitehub.edge.sensors;

import com.pi4j.context.Context;
import com.pi4j.io.i2c.I2C;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import java.time.Instant;
import java.util.List;

/**
 * Bosch BME280 temperature, humidity and pressure sensor on I2C, driven at register level: checks
 * the chip id, reads the trimming parameters once, triggers a forced-mode measurement (x1
 * oversampling) and compensates the raw values. Skipped or stuck measurements and bus errors become
 * {@link SensorException}s.
 */
public final class Bme280 implements AutoCloseable {
  static final int REG_CHIP_ID = 0xD0;
  static final int CHIP_ID = 0x60;
  static final int REG_CALIB_TP = 0x88;
  static final int REG_CALIB_H = 0xE1;
  static final int REG_CTRL_HUM = 0xF2;
  static final int REG_CTRL_MEAS = 0xF4;
  static final int REG_DATA = 0xF7;

  /** osrs_t x1, osrs_p x1, forced mode. */
  static final byte CTRL_MEAS_FORCED = 0x25;

  /** The value a skipped temperature or pressure measurement reads as (datasheet 5.4.7). */
  static final int SKIPPED = 0x80000;

  private final String id;
  private final I2C i2c;
  private final Context pi4j;
  private Bme280Calibration calibration;

  public Bme280(Context pi4j, String id, int bus, int address) {
    this.id = id;
    this.pi4j = pi4j;
    this.i2c = pi4j.create(I2C.newConfigBuilder(pi4j).id(id).bus(bus).device(address).build());
  }

  public String id() {
    return id;
  }

  /** Checks the chip and loads calibration; retried by the next read if it failed. */
  void init() throws SensorException {
    try {
      int chip = i2c.readRegister(REG_CHIP_ID);
      if (chip != CHIP_ID) {
        throw new SensorException(id + ": chip id 0x" + Integer.toHexString(chip) + ", not BME280");
      }
      byte[] tp = new byte[26];
      byte[] h = new byte[7];
      readFully(REG_CALIB_TP, tp);
      readFully(REG_CALIB_H, h);
      calibration = Bme280Calibration.parse(tp, h);
    } catch (RuntimeException e) {
      throw new SensorException(id + ": I2C error during init: " + e.getMessage(), e);
    }
  }

  /** One forced measurement: temperature, humidity and pressure readings. */
  public List<Reading> read(Instant now) throws SensorException {
    if (calibration == null) {
      init();
    }
    byte[] d = new byte[8];
    try {
      i2c.writeRegister(REG_CTRL_HUM, (byte) 0x01);
      i2c.writeRegister(REG_CTRL_MEAS, CTRL_MEAS_FORCED);
      // Forced mode at x1 oversampling takes at most 9.3 ms (datasheet 9.1).
      sleepQuietly(10);
      readFully(REG_DATA, d);
    } catch (RuntimeException e) {
      throw new SensorException(id + ": I2C error: " + e.getMessage(), e);
    }
    return compensate(d, now);
  }

  List<Reading> compensate(byte[] d, Instant now) throws SensorException {
    int adcP = (d[0] & 0xff) << 12 | (d[1] & 0xff) << 4 | (d[2] & 0xff) >> 4;
    int adcT = (d[3] & 0xff) << 12 | (d[4] & 0xff) << 4 | (d[5] & 0xff) >> 4;
    int adcH = (d[6] & 0xff) << 8 | (d[7] & 0xff);
    if (adcT == SKIPPED || adcP == SKIPPED) {
      throw new SensorException(id + ": measurement skipped (reset values)");
    }
    if (adcT == 0xFFFFF || adcP == 0xFFFFF || adcT == 0 || adcP == 0) {
      throw new SensorException(id + ": bus stuck (all bits equal)");
    }
    double tFine = calibration.tFine(adcT);
    double t = calibration.temperature(adcT);
    double p = calibration.pressure(adcP, tFine) / 100.0;
    double rh = calibration.humidity(adcH, tFine);
    if (!Double.isFinite(t) || !Double.isFinite(p) || !Double.isFinite(rh)) {
      throw new SensorException(id + ": non-finite compensated value");
    }
    if (t < -40 || t > 85 || p < 300 || p > 1100) {
      throw new SensorException(id + ": value outside the sensor's range");
    }
    return List.of(
        Reading.of(id, SensorKind.TEMPERATURE, now, round(t, 2)),
        Reading.of(id, SensorKind.HUMIDITY, now, round(rh, 2)),
        Reading.of(id, SensorKind.AIR_PRESSURE, now, round(p, 2)));
  }

  private void readFully(int register, byte[] buf) {
    int n = i2c.readRegister(register, buf, 0, buf.length);
    if (n != buf.length) {
      throw new IllegalStateException("short read " + n + "/" + buf.length);
    }
  }

  static double round(double v, int places) {
    double f = Math.pow(10, places);
    return Math.round(v * f) / f;
  }

  static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    pi4j.shutdown(id);
  }
}
