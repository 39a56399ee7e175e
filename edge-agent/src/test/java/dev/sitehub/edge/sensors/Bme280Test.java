package dev.sitehub.edge.sensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.pi4j.context.Context;
import com.pi4j.plugin.mock.provider.i2c.MockI2C;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Bme280Test {
  /** Trimming values of the worked example in Bosch's BMP280 datasheet (section 3.12). */
  static final int[] T = {27504, 26435, -1000};

  static final int[] P = {36477, -10685, 3024, 2855, 140, -7, 15500, -14600, 6000};

  /** Humidity trimming values as read from a real BME280. */
  static final int[] H = {75, 362, 0, 313, 50, 30};

  private final Context pi4j = MockHardware.context();

  @AfterEach
  void shutdown() {
    pi4j.shutdown();
  }

  static Bme280Calibration boschExample() {
    return new Bme280Calibration(
        T[0], T[1], T[2], P[0], P[1], P[2], P[3], P[4], P[5], P[6], P[7], P[8], H[0], H[1], H[2],
        H[3], H[4], H[5]);
  }

  @Test
  void compensate_boschWorkedExample_matchesDatasheet() {
    Bme280Calibration c = boschExample();
    double tFine = c.tFine(519888);
    assertThat(c.temperature(519888)).isCloseTo(25.08, within(0.01));
    assertThat(c.pressure(415148, tFine)).isCloseTo(100653.27, within(0.05));
  }

  /**
   * Bosch's 32-bit integer humidity reference (BME280 datasheet 4.2.3), as an independent check.
   */
  private static double referenceHumidity(int adcT, int adcH) {
    int var1 = (((adcT >> 3) - (T[0] << 1)) * T[1]) >> 11;
    int var2 = (((((adcT >> 4) - T[0]) * ((adcT >> 4) - T[0])) >> 12) * T[2]) >> 14;
    int tFine = var1 + var2;
    int v = tFine - 76800;
    v =
        ((((adcH << 14) - (H[3] << 20) - (H[4] * v)) + 16384) >> 15)
            * (((((((v * H[5]) >> 10) * (((v * H[2]) >> 11) + 32768)) >> 10) + 2097152) * H[1]
                    + 8192)
                >> 14);
    v = v - (((((v >> 15) * (v >> 15)) >> 7) * H[0]) >> 4);
    v = Math.max(0, Math.min(419430400, v));
    return (v >> 12) / 1024.0;
  }

  @Test
  void humidity_againstBoschIntegerReference_agreesWithinHalfPercent() {
    Bme280Calibration c = boschExample();
    for (int adcH : new int[] {20000, 26000, 30000, 34000, 40000}) {
      double expected = referenceHumidity(519888, adcH);
      assertThat(c.humidity(adcH, c.tFine(519888)))
          .as("adcH %d", adcH)
          .isCloseTo(expected, within(0.5));
    }
  }

  private static byte[] calibrationTp() {
    byte[] b = new byte[26];
    int[] all = {T[0], T[1], T[2], P[0], P[1], P[2], P[3], P[4], P[5], P[6], P[7], P[8]};
    for (int i = 0; i < all.length; i++) {
      b[2 * i] = (byte) all[i];
      b[2 * i + 1] = (byte) (all[i] >> 8);
    }
    b[25] = (byte) H[0];
    return b;
  }

  private static byte[] calibrationH() {
    return new byte[] {
      (byte) H[1],
      (byte) (H[1] >> 8),
      (byte) H[2],
      (byte) (H[3] >> 4),
      (byte) ((H[3] & 0x0f) | (H[4] & 0x0f) << 4),
      (byte) (H[4] >> 4),
      (byte) H[5]
    };
  }

  private MockI2C load(int chipId, byte[] data) {
    Bme280 unused = null;
    MockI2C i2c = pi4j.registry().get("bme280");
    i2c.writeRegister(Bme280.REG_CHIP_ID, (byte) chipId);
    i2c.writeRegister(Bme280.REG_CALIB_TP, calibrationTp(), 0, 26);
    i2c.writeRegister(Bme280.REG_CALIB_H, calibrationH(), 0, 7);
    i2c.writeRegister(Bme280.REG_DATA, data, 0, data.length);
    return i2c;
  }

  /** Raw adc values packed as the data registers 0xF7..0xFE hold them. */
  private static byte[] data(int adcP, int adcT, int adcH) {
    return new byte[] {
      (byte) (adcP >> 12), (byte) (adcP >> 4), (byte) (adcP << 4),
      (byte) (adcT >> 12), (byte) (adcT >> 4), (byte) (adcT << 4),
      (byte) (adcH >> 8), (byte) adcH
    };
  }

  @Test
  void read_mockBusWithBoschValues_returnsThreeCompensatedReadings() throws Exception {
    try (Bme280 bme = new Bme280(pi4j, "bme280", 1, 0x76)) {
      load(0x60, data(415148, 519888, 30000));
      List<Reading> r = bme.read(Instant.now());
      assertThat(r)
          .extracting(Reading::kind)
          .containsExactly(SensorKind.TEMPERATURE, SensorKind.HUMIDITY, SensorKind.AIR_PRESSURE);
      assertThat(r.get(0).value()).isCloseTo(25.08, within(0.01));
      assertThat(r.get(2).value()).isCloseTo(1006.53, within(0.01));
      assertThat(r.get(1).value()).isBetween(0.0, 100.0);
    }
  }

  @Test
  void read_wrongChipId_sensorException() {
    try (Bme280 bme = new Bme280(pi4j, "bme280", 1, 0x76)) {
      load(0x58, data(415148, 519888, 30000));
      assertThatThrownBy(() -> bme.read(Instant.now()))
          .isInstanceOf(SensorException.class)
          .hasMessageContaining("chip id");
    }
  }

  @Test
  void read_stuckBusAllOnes_sensorException() {
    try (Bme280 bme = new Bme280(pi4j, "bme280", 1, 0x76)) {
      load(0x60, new byte[] {-1, -1, -1, -1, -1, -1, -1, -1});
      assertThatThrownBy(() -> bme.read(Instant.now()))
          .isInstanceOf(SensorException.class)
          .hasMessageContaining("stuck");
    }
  }

  @Test
  void read_skippedMeasurement_sensorException() {
    try (Bme280 bme = new Bme280(pi4j, "bme280", 1, 0x76)) {
      load(0x60, data(0x80000, 0x80000, 0x8000));
      assertThatThrownBy(() -> bme.read(Instant.now()))
          .isInstanceOf(SensorException.class)
          .hasMessageContaining("skipped");
    }
  }

  @Test
  void read_emptyRegisterQueue_busErrorBecomesSensorException() {
    try (Bme280 bme = new Bme280(pi4j, "bme280", 1, 0x76)) {
      // Nothing loaded: the mock bus fails like a device that does not answer.
      assertThatThrownBy(() -> bme.read(Instant.now())).isInstanceOf(SensorException.class);
    }
  }

  @Test
  void pressure_zeroP1Calibration_nanRejectedAsNonFinite() {
    Bme280Calibration c =
        new Bme280Calibration(
            T[0], T[1], T[2], 0, P[1], P[2], P[3], P[4], P[5], P[6], P[7], P[8], H[0], H[1], H[2],
            H[3], H[4], H[5]);
    assertThat(c.pressure(415148, c.tFine(519888))).isNaN();
  }
}
