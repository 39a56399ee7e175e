package dev.sitehub.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthProbeTest {
  @TempDir Path dir;

  @Test
  void cpuTemp_thermalZonePresent_degreesCelsius() throws Exception {
    Path zone = dir.resolve("temp");
    Files.writeString(zone, "48312\n");
    HealthProbe p = new HealthProbe(zone, dir);
    assertThat(p.cpuTempC()).isEqualTo(48.312);
    assertThat(p.diskFreeBytes()).isPositive();
  }

  @Test
  void cpuTemp_noThermalZoneOrGarbage_null() throws Exception {
    assertThat(new HealthProbe(dir.resolve("absent"), dir).cpuTempC()).isNull();
    Path zone = dir.resolve("temp");
    Files.writeString(zone, "n/a");
    assertThat(new HealthProbe(zone, dir.resolve("not/yet/created")).cpuTempC()).isNull();
    assertThat(new HealthProbe(zone, dir.resolve("not/yet/created")).diskFreeBytes()).isPositive();
  }
}
