package dev.sitehub.edge.sensors;

import com.pi4j.context.Context;
import dev.sitehub.edge.config.SensorSettings;
import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Builds the configured sensors on the given Pi4J context, samples them on the sampling interval,
 * batches readings into telemetry, and turns sensor failures into SENSOR_FAULT events (ON once when
 * a sensor starts failing, OFF when it recovers) instead of crashing.
 */
public final class SensorHub implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(SensorHub.class.getName());

  private final SensorSettings settings;
  private final EventSink events;
  private final TelemetryBatcher batcher;
  private final Clock clock;
  private final ScheduledExecutorService timer;
  private final List<DigitalSensor> digital = new ArrayList<>();
  private final Bme280 bme280;
  private final Ads1115SoundMeter sound;
  private final SerialPortSource serial;
  private final Set<String> failing = new HashSet<>();
  private volatile Pms5003Parser.PmFrame latestPm;
  private Thread pmsThread;

  public SensorHub(
      SensorSettings settings,
      Context pi4j,
      SerialPortSource serial,
      EventSink events,
      TelemetrySink telemetry,
      Clock clock) {
    this.settings = settings;
    this.events = events;
    this.serial = serial;
    this.clock = clock;
    this.batcher = new TelemetryBatcher(settings.batchMaxReadings(), telemetry);
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sitehub-sensors");
              t.setDaemon(true);
              return t;
            });
    addDigital(pi4j, "leak", EventType.LEAK, settings.leakPin());
    addDigital(pi4j, "smoke", EventType.SMOKE, settings.smokePin());
    addDigital(pi4j, "door", EventType.DOOR, settings.doorPin());
    addDigital(pi4j, "pir", EventType.MOTION, settings.pirPin());
    this.bme280 =
        settings.bme280Address() < 0
            ? null
            : new Bme280(pi4j, "bme280", settings.i2cBus(), settings.bme280Address());
    this.sound =
        settings.ads1115Address() < 0
            ? null
            : new Ads1115SoundMeter(
                pi4j,
                "sound",
                settings.i2cBus(),
                settings.ads1115Address(),
                settings.soundDbOffset(),
                settings.soundDbPerVolt());
  }

  private void addDigital(Context pi4j, String id, EventType type, int pin) {
    if (pin >= 0) {
      digital.add(new DigitalSensor(pi4j, id, type, pin, settings.debounce(), timer, events));
    }
  }

  public List<String> sensorIds() {
    List<String> ids = new ArrayList<>();
    digital.forEach(d -> ids.add(d.id()));
    if (bme280 != null) {
      ids.add(bme280.id());
    }
    if (sound != null) {
      ids.add(sound.id());
    }
    if (settings.pms5003Device() != null) {
      ids.add("pms5003");
    }
    return ids;
  }

  /** Starts batching and the PMS5003 reader; sampling too unless the caller drives it. */
  public void start(boolean sampleOnTimer) {
    long sample = settings.sampleInterval().toMillis();
    if (sampleOnTimer) {
      timer.scheduleAtFixedRate(this::sampleSafely, sample, sample, TimeUnit.MILLISECONDS);
    }
    long batch = settings.batchInterval().toMillis();
    timer.scheduleAtFixedRate(batcher::flush, batch, batch, TimeUnit.MILLISECONDS);
    if (settings.pms5003Device() != null) {
      pmsThread = new Thread(this::readPms, "sitehub-pms5003");
      pmsThread.setDaemon(true);
      pmsThread.start();
    }
  }

  /** Takes one sample of every polled sensor now; used by the timer and by tests. */
  public void sampleNow() {
    var now = clock.instant();
    List<Reading> readings = new ArrayList<>();
    for (DigitalSensor d : digital) {
      readings.add(Reading.of(d.id(), SensorKind.DIGITAL, now, d.value()));
    }
    if (bme280 != null) {
      poll("bme280", () -> readings.addAll(bme280.read(now)));
    }
    if (sound != null) {
      poll("sound", () -> readings.add(sound.read(now)));
    }
    Pms5003Parser.PmFrame pm = latestPm;
    if (pm != null) {
      readings.add(Reading.of("pms5003", SensorKind.PM1, now, pm.pm1()));
      readings.add(Reading.of("pms5003", SensorKind.PM2_5, now, pm.pm25()));
      readings.add(Reading.of("pms5003", SensorKind.PM10, now, pm.pm10()));
      latestPm = null;
    }
    batcher.add(readings);
  }

  public void flush() {
    batcher.flush();
  }

  private void sampleSafely() {
    try {
      sampleNow();
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "sampling failed: " + e);
    }
  }

  /** A sensor read that may fail. */
  @FunctionalInterface
  private interface Read {
    void run() throws SensorException;
  }

  private void poll(String id, Read read) {
    try {
      read.run();
      if (failing.remove(id)) {
        events.event(EventType.SENSOR_FAULT, id, EventState.OFF, Map.of());
      }
    } catch (SensorException e) {
      if (failing.add(id)) {
        LOG.log(Level.WARNING, "sensor fault sensor=" + id + ": " + e.getMessage());
        events.event(EventType.SENSOR_FAULT, id, EventState.ON, Map.of("error", e.getMessage()));
      }
    }
  }

  private void readPms() {
    while (!Thread.currentThread().isInterrupted()) {
      try (InputStream in = serial.open(settings.pms5003Device())) {
        Pms5003Parser parser = new Pms5003Parser(in);
        for (Optional<Pms5003Parser.PmFrame> f = parser.next(); f.isPresent(); f = parser.next()) {
          latestPm = f.get();
        }
      } catch (IOException e) {
        LOG.log(Level.WARNING, "pms5003 read failed: " + e.getMessage());
      }
      Bme280.sleepQuietly(5000);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    if (pmsThread != null) {
      pmsThread.interrupt();
    }
    batcher.flush();
    digital.forEach(DigitalSensor::close);
    if (bme280 != null) {
      bme280.close();
    }
    if (sound != null) {
      sound.close();
    }
  }
}
