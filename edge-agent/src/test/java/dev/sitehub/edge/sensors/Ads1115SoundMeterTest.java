package dev.sitehub.edge.sensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.pi4j.context.Context;
import com.pi4j.plugin.mock.provider.i2c.MockI2C;
import dev.sitehub.protocol.message.SensorKind;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Ads1115SoundMeterTest {
  private final Context pi4j = MockHardware.context();

  @AfterEach
  void shutdown() {
    pi4j.shutdown();
  }

  @Test
  void read_oneVolt_fiftyDba() throws Exception {
    try (Ads1115SoundMeter m = new Ads1115SoundMeter(pi4j, "sound", 1, 0x48, 0, 50)) {
      MockI2C i2c = pi4j.registry().get("sound");
      // 1.000 V at 125 uV per bit = 8000 counts = 0x1F40.
      i2c.writeRegister(Ads1115SoundMeter.REG_CONVERSION, new byte[] {0x1F, 0x40}, 0, 2);
      var r = m.read(Instant.now());
      assertThat(r.kind()).isEqualTo(SensorKind.NOISE);
      assertThat(r.value()).isCloseTo(50.0, within(0.05));
    }
  }

  @Test
  void read_saturatedAdc_sensorException() {
    try (Ads1115SoundMeter m = new Ads1115SoundMeter(pi4j, "sound", 1, 0x48, 0, 50)) {
      MockI2C i2c = pi4j.registry().get("sound");
      i2c.writeRegister(Ads1115SoundMeter.REG_CONVERSION, new byte[] {0x7F, (byte) 0xFF}, 0, 2);
      assertThatThrownBy(() -> m.read(Instant.now())).isInstanceOf(SensorException.class);
    }
  }
}
