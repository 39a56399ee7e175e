package dev.sitehub.edge.sim;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.i2c.MockI2C;
import com.pi4j.plugin.mock.provider.i2c.MockI2CProvider;
import dev.sitehub.edge.camera.FrameSources;
import dev.sitehub.edge.camera.SyntheticFrameSource;
import dev.sitehub.edge.camera.SyntheticScene;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The fake box behind a simulated site: a Pi4J mock context whose pins and I2C registers the
 * simulator sets, and synthetic cameras whose scenes it controls. Register values follow the BME280
 * and ADS1115 data layouts, so the real drivers read them.
 */
final class SimulatedHardware implements AutoCloseable {
  static final int LEAK_PIN = 17;
  static final int SMOKE_PIN = 27;
  static final int DOOR_PIN = 22;
  static final int PIR_PIN = 23;
  static final int BME280_ADDRESS = 0x76;
  static final int ADS1115_ADDRESS = 0x48;

  /** Trimming values of Bosch's worked example; raw 519888/415148 give 25.08 degC, 1006.5 hPa. */
  private static final int[] CALIB = {
    27504, 26435, -1000, 36477, -10685, 3024, 2855, 140, -7, 15500, -14600, 6000
  };

  private static final int[] HUMIDITY = {75, 362, 0, 313, 50, 30};

  private final Context pi4j;
  private final Map<String, SyntheticScene> scenes = new ConcurrentHashMap<>();
  private final double soundOffset;
  private final double soundDbPerVolt;
  private volatile double noiseDba = 38;
  private boolean bmeInitialised;

  SimulatedHardware(double soundOffset, double soundDbPerVolt) {
    this.soundOffset = soundOffset;
    this.soundDbPerVolt = soundDbPerVolt;
    this.pi4j =
        Pi4J.newContextBuilder()
            .noAutoDetect()
            .add(MockDigitalInputProvider.newInstance(), MockI2CProvider.newInstance())
            .build();
  }

  Context pi4j() {
    return pi4j;
  }

  FrameSources frameSources() {
    return c -> {
      SyntheticScene scene = scenes.computeIfAbsent(c.id(), k -> new SyntheticScene());
      return new SyntheticFrameSource(c.width(), c.height(), scene);
    };
  }

  SyntheticScene scene(String cameraId) {
    return scenes.computeIfAbsent(cameraId, k -> new SyntheticScene());
  }

  Map<String, SyntheticScene> scenes() {
    return scenes;
  }

  void pin(String id, boolean high) {
    MockDigitalInput in = pi4j.registry().get(id);
    in.mockState(high ? DigitalState.HIGH : DigitalState.LOW);
  }

  void noise(double dba) {
    this.noiseDba = dba;
  }

  /** Puts one fresh sample into the BME280 and ADS1115 registers, for the next read. */
  void loadSample() {
    MockI2C bme = pi4j.registry().get("bme280");
    if (!bmeInitialised) {
      bme.writeRegister(0xD0, (byte) 0x60);
      byte[] tp = new byte[26];
      for (int i = 0; i < CALIB.length; i++) {
        tp[2 * i] = (byte) CALIB[i];
        tp[2 * i + 1] = (byte) (CALIB[i] >> 8);
      }
      tp[25] = (byte) HUMIDITY[0];
      bme.writeRegister(0x88, tp, 0, tp.length);
      int h4 = HUMIDITY[3];
      int h5 = HUMIDITY[4];
      byte[] h = {
        (byte) HUMIDITY[1],
        (byte) (HUMIDITY[1] >> 8),
        (byte) HUMIDITY[2],
        (byte) (h4 >> 4),
        (byte) ((h4 & 0x0f) | (h5 & 0x0f) << 4),
        (byte) (h5 >> 4),
        (byte) HUMIDITY[5]
      };
      bme.writeRegister(0xE1, h, 0, h.length);
      bmeInitialised = true;
    }
    int adcT = 519888 + ThreadLocalRandom.current().nextInt(-200, 200);
    int adcP = 415148 + ThreadLocalRandom.current().nextInt(-50, 50);
    int adcH = 30000 + ThreadLocalRandom.current().nextInt(-100, 100);
    byte[] d = {
      (byte) (adcP >> 12), (byte) (adcP >> 4), (byte) (adcP << 4),
      (byte) (adcT >> 12), (byte) (adcT >> 4), (byte) (adcT << 4),
      (byte) (adcH >> 8), (byte) adcH
    };
    bme.writeRegister(0xF7, d, 0, d.length);
    MockI2C ads = pi4j.registry().get("sound");
    double volts = Math.max(0, (noiseDba - soundOffset) / soundDbPerVolt);
    int counts = (int) Math.min(32766, Math.round(volts / (4.096 / 32768.0)));
    ads.writeRegister(0x00, new byte[] {(byte) (counts >> 8), (byte) counts}, 0, 2);
  }

  @Override
  public void close() {
    pi4j.shutdown();
  }
}
