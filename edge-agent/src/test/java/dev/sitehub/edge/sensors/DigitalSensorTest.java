package dev.sitehub.edge.sensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DigitalSensorTest {
  private final Context pi4j = MockHardware.context();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final List<EventState> events = new CopyOnWriteArrayList<>();

  @AfterEach
  void shutdown() {
    timer.shutdownNow();
    pi4j.shutdown();
  }

  private DigitalSensor leak() {
    return new DigitalSensor(
        pi4j,
        "leak",
        EventType.LEAK,
        17,
        Duration.ofMillis(100),
        timer,
        (type, source, state, detail) -> {
          events.add(state);
          return events.size();
        });
  }

  @Test
  void wet_heldLongerThanDebounce_onEventThenOffWhenDry() {
    DigitalSensor s = leak();
    MockDigitalInput pin = pi4j.registry().get("leak");
    pin.mockState(DigitalState.HIGH);
    await().atMost(Duration.ofSeconds(2)).until(() -> events.contains(EventState.ON));
    assertThat(s.value()).isEqualTo(1.0);
    pin.mockState(DigitalState.LOW);
    await().atMost(Duration.ofSeconds(2)).until(() -> events.size() == 2);
    assertThat(events).containsExactly(EventState.ON, EventState.OFF);
  }

  @Test
  void glitch_shorterThanDebounce_noEvent() throws Exception {
    leak();
    MockDigitalInput pin = pi4j.registry().get("leak");
    pin.mockState(DigitalState.HIGH);
    pin.mockState(DigitalState.LOW);
    // Wait until the debounce checks scheduled by both edges have run.
    timer.schedule(() -> {}, 300, TimeUnit.MILLISECONDS).get();
    assertThat(events).isEmpty();
  }
}
