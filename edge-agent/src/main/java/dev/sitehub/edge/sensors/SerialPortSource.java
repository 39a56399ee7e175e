package dev.sitehub.edge.sensors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a serial device as a byte stream. On the Pi the port is put in raw 9600 baud mode by the
 * systemd unit ({@code stty}), so reading the device file is enough; tests feed bytes instead.
 */
@FunctionalInterface
public interface SerialPortSource {
  InputStream open(String device) throws IOException;

  static SerialPortSource files() {
    return device -> Files.newInputStream(Path.of(device));
  }
}
