package dev.sitehub.edge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the box's own health: CPU temperature where the board has a thermal zone, disk free. */
public final class HealthProbe {
  private final Path thermalZone;
  private final Path dataDir;

  public HealthProbe(Path thermalZone, Path dataDir) {
    this.thermalZone = thermalZone;
    this.dataDir = dataDir;
  }

  public static HealthProbe forDataDir(Path dataDir) {
    return new HealthProbe(Path.of("/sys/class/thermal/thermal_zone0/temp"), dataDir);
  }

  /** Degrees Celsius, or null when there is no readable thermal zone (for example in a VM). */
  public Double cpuTempC() {
    try {
      String s = Files.readString(thermalZone, StandardCharsets.US_ASCII).trim();
      return Long.parseLong(s) / 1000.0;
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  public long diskFreeBytes() {
    try {
      Path p = dataDir;
      while (p != null && !Files.exists(p)) {
        p = p.getParent();
      }
      return p == null ? 0 : Files.getFileStore(p).getUsableSpace();
    } catch (IOException e) {
      return 0;
    }
  }
}
