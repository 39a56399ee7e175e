package dev.sitehub.edge.sensors;

import com.pi4j.context.Context;
import com.pi4j.io.i2c.I2C;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import java.time.Instant;

/**
 * Sound level in dB(A) from an analog meter (DFRobot Gravity SEN0232: 0.6 to 2.6 V for 30 to 130
 * dBA, that is 50 dB per volt) read by a TI ADS1115 ADC on AIN0: single-shot conversion, gain
 * +/-4.096 V (125 uV per bit), 128 samples/s. dBA = offset + volts * dbPerVolt.
 */
public final class Ads1115SoundMeter implements AutoCloseable {
  static final int REG_CONVERSION = 0x00;
  static final int REG_CONFIG = 0x01;

  /** OS=start, MUX=AIN0/GND, PGA=4.096 V, single-shot; DR=128 SPS, comparator off. */
  static final byte[] CONFIG_SINGLE_AIN0 = {(byte) 0xC3, (byte) 0x83};

  static final double VOLTS_PER_BIT = 4.096 / 32768.0;

  private final String id;
  private final I2C i2c;
  private final Context pi4j;
  private final double offsetDb;
  private final double dbPerVolt;

  public Ads1115SoundMeter(
      Context pi4j, String id, int bus, int address, double offsetDb, double dbPerVolt) {
    this.id = id;
    this.pi4j = pi4j;
    this.offsetDb = offsetDb;
    this.dbPerVolt = dbPerVolt;
    this.i2c = pi4j.create(I2C.newConfigBuilder(pi4j).id(id).bus(bus).device(address).build());
  }

  public String id() {
    return id;
  }

  public Reading read(Instant now) throws SensorException {
    byte[] raw = new byte[2];
    try {
      i2c.writeRegister(REG_CONFIG, CONFIG_SINGLE_AIN0, 0, 2);
      // One conversion at 128 SPS takes 7.8 ms.
      Bme280.sleepQuietly(9);
      int n = i2c.readRegister(REG_CONVERSION, raw, 0, 2);
      if (n != 2) {
        throw new SensorException(id + ": short read");
      }
    } catch (RuntimeException e) {
      throw new SensorException(id + ": I2C error: " + e.getMessage(), e);
    }
    return Reading.of(id, SensorKind.NOISE, now, Bme280.round(toDb(raw), 1));
  }

  double toDb(byte[] raw) throws SensorException {
    int counts = (short) ((raw[0] & 0xff) << 8 | (raw[1] & 0xff));
    if (counts == Short.MAX_VALUE || counts == Short.MIN_VALUE) {
      throw new SensorException(id + ": ADC saturated (input out of range or bus stuck)");
    }
    double volts = Math.max(0, counts * VOLTS_PER_BIT);
    return offsetDb + volts * dbPerVolt;
  }

  @Override
  public void close() {
    pi4j.shutdown(id);
  }
}
