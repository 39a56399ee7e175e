package dev.sitehub.edge.config;

import java.time.Duration;

/** Which sensors are wired where, and how often they are read. A pin or address of -1 is absent. */
public record SensorSettings(
    Duration sampleInterval,
    Duration batchInterval,
    int batchMaxReadings,
    Duration debounce,
    int leakPin,
    int smokePin,
    int doorPin,
    int pirPin,
    int i2cBus,
    int bme280Address,
    int ads1115Address,
    String pms5003Device,
    double soundDbOffset,
    double soundDbPerVolt) {}
