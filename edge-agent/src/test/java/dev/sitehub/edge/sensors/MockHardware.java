package dev.sitehub.edge.sensors;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.i2c.MockI2CProvider;

/** An explicit Pi4J mock context: no auto-detection, only the providers the tests need. */
final class MockHardware {
  private MockHardware() {}

  static Context context() {
    return Pi4J.newContextBuilder()
        .noAutoDetect()
        .add(MockDigitalInputProvider.newInstance(), MockI2CProvider.newInstance())
        .build();
  }
}
