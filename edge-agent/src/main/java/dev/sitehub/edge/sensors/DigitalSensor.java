package dev.sitehub.edge.sensors;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A contact input (leak probe, smoke relay, door reed switch, PIR) on a GPIO pin with pull-down:
 * HIGH means the condition is present. Changes are debounced in software: a change is reported only
 * if the pin still holds the new level after the debounce time, so contact bounce and short
 * glitches never become events.
 */
public final class DigitalSensor implements AutoCloseable {
  private final String id;
  private final EventType type;
  private final DigitalInput input;
  private final Duration debounce;
  private final ScheduledExecutorService timer;
  private final EventSink sink;
  private final Context pi4j;
  private DigitalState reported;

  public DigitalSensor(
      Context pi4j,
      String id,
      EventType type,
      int pin,
      Duration debounce,
      ScheduledExecutorService timer,
      EventSink sink) {
    this.id = id;
    this.type = type;
    this.debounce = debounce;
    this.timer = timer;
    this.sink = sink;
    this.pi4j = pi4j;
    this.input =
        pi4j.create(
            DigitalInput.newConfigBuilder(pi4j)
                .id(id)
                .name(id)
                .address(pin)
                .pull(PullResistance.PULL_DOWN)
                .build());
    this.reported = input.state();
    input.addListener(
        e -> timer.schedule(this::confirm, debounce.toMillis(), TimeUnit.MILLISECONDS));
  }

  private synchronized void confirm() {
    DigitalState now = input.state();
    if (now == reported || now == DigitalState.UNKNOWN) {
      return;
    }
    reported = now;
    sink.event(
        type,
        id,
        now == DigitalState.HIGH ? EventState.ON : EventState.OFF,
        Map.of("debounceMs", Long.toString(debounce.toMillis())));
  }

  public String id() {
    return id;
  }

  /** The debounced state: 1 when the condition is present. */
  public synchronized double value() {
    return reported == DigitalState.HIGH ? 1 : 0;
  }

  @Override
  public void close() {
    pi4j.shutdown(id);
  }
}
